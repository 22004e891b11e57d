package ru.hotline500.roadmap;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "roadmap_section")
class SectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_section_seq")
    @SequenceGenerator(name = "roadmap_section_seq", sequenceName = "roadmap_section_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private RoadmapEntity roadmap;

    private int position;
    private String number;
    private String title;

    protected SectionEntity() {
    }

    SectionEntity(RoadmapEntity roadmap, int position, String number, String title) {
        this.roadmap = roadmap;
        this.position = position;
        this.number = number;
        this.title = title;
    }

    String number() {
        return number;
    }

    String title() {
        return title;
    }

    int position() {
        return position;
    }
}

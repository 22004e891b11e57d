package ru.hotline500.roadmap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "roadmap")
class RoadmapEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_seq")
    @SequenceGenerator(name = "roadmap_seq", sequenceName = "roadmap_seq", allocationSize = 50)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Enumerated(EnumType.STRING)
    private RoadmapLevel level;

    @Column(name = "roadmap_year")
    private int year;
    private String title;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "imported_at")
    private Instant importedAt;

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<SectionEntity> sections = new ArrayList<>();

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ItemEntity> items = new ArrayList<>();

    protected RoadmapEntity() {
    }

    RoadmapEntity(String territoryId, RoadmapLevel level, String sourceFile, String contentHash, Instant importedAt,
                  ParsedRoadmap parsed) {
        this.territoryId = territoryId;
        this.level = level;
        this.year = parsed.year();
        this.title = parsed.title();
        this.sourceFile = sourceFile;
        this.contentHash = contentHash;
        this.importedAt = importedAt;
        for (RoadmapSection section : parsed.sections()) {
            SectionEntity sectionEntity = new SectionEntity(this, sections.size(), section.number(), section.title());
            sections.add(sectionEntity);
            section.items().forEach(item -> items.add(new ItemEntity(this, sectionEntity, items.size(), item)));
        }
    }

    Long id() {
        return id;
    }

    String contentHash() {
        return contentHash;
    }

    int itemCount() {
        return items.size();
    }

    StoredRoadmap toStored() {
        Map<SectionEntity, List<RoadmapItem>> bySection = new LinkedHashMap<>();
        sections.forEach(section -> bySection.put(section, new ArrayList<>()));
        items.forEach(item -> bySection.get(item.section()).add(item.toItem()));
        List<RoadmapSection> result = new ArrayList<>();
        bySection.forEach((section, sectionItems) -> result.add(new RoadmapSection(section.number(), section.title(), sectionItems)));
        return new StoredRoadmap(id, territoryId, level, year, title, sourceFile, contentHash, importedAt, result);
    }
}

package ru.hotline500.roadmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "roadmap_item")
class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_item_seq")
    @SequenceGenerator(name = "roadmap_item_seq", sequenceName = "roadmap_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private RoadmapEntity roadmap;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private SectionEntity section;

    private int position;
    private String number;
    private String action;
    private String responsible;
    private String indicator;

    @Column(name = "deadline_text")
    private String deadlineText;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    private DeadlineKind deadlineKind;

    @Column(name = "deadline_start")
    private LocalDate deadlineStart;

    @Column(name = "deadline_end")
    private LocalDate deadlineEnd;

    @ElementCollection
    @CollectionTable(name = "roadmap_item_window", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<WindowValue> windows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "roadmap_item_extra", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<ExtraValue> extras = new ArrayList<>();

    protected ItemEntity() {
    }

    ItemEntity(RoadmapEntity roadmap, SectionEntity section, int position, RoadmapItem item) {
        this.roadmap = roadmap;
        this.section = section;
        this.position = position;
        this.number = item.number();
        this.action = item.action();
        this.responsible = item.responsible();
        this.indicator = item.indicator();
        this.deadlineText = item.deadline().text();
        this.deadlineKind = item.deadline().kind();
        this.deadlineStart = item.deadline().start();
        this.deadlineEnd = item.deadline().end();
        item.deadline().windows().forEach(w -> windows.add(new WindowValue(w)));
        item.extras().forEach((name, content) -> extras.add(new ExtraValue(name, content)));
    }

    RoadmapItem toItem() {
        Map<String, String> extraMap = new LinkedHashMap<>();
        extras.forEach(extra -> extraMap.put(extra.name(), extra.content()));
        Deadline deadline = new Deadline(deadlineText, deadlineKind, windows.stream().map(WindowValue::toWindow).toList());
        return new RoadmapItem(number, section.number(), action, responsible, deadline, indicator, extraMap);
    }

    SectionEntity section() {
        return section;
    }

    int position() {
        return position;
    }
}

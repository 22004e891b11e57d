package ru.hotline500.roadmap;

import java.util.List;

/**
 * A section of a roadmap with its items. Items that come before any section row (or a roadmap without
 * sections) are in a section with empty number and title.
 */
public record RoadmapSection(String number, String title, List<RoadmapItem> items) {

    public RoadmapSection {
        items = List.copyOf(items);
    }

    /** "1. Организационное сопровождение проекта", or "" for the untitled section. */
    public String label() {
        if (title.isEmpty()) {
            return number;
        }
        return number.isEmpty() ? title : number + ". " + title;
    }
}

package ru.hotline500.roadmap;

import ru.hotline500.territory.TerritoryKind;

/** A roadmap published by a region or by a municipality. */
public enum RoadmapLevel {
    REGIONAL, MUNICIPAL;

    public static RoadmapLevel of(TerritoryKind kind) {
        return kind == TerritoryKind.REGION ? REGIONAL : MUNICIPAL;
    }
}

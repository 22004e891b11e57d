package ru.hotline500.visits;

/**
 * The purpose a roadmap item suggests for a visit on a date: "п. 3 «Посещение школ-участниц…»" → stage 1.
 * {@code itemNumber} and {@code itemAction} are null when no roadmap item covers the date (the stage decides).
 */
public record PurposeSuggestion(VisitPurpose purpose, String itemNumber, String itemAction) {

    public boolean fromRoadmap() {
        return itemNumber != null;
    }
}

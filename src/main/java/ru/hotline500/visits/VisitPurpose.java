package ru.hotline500.visits;

/** Why a curator came to the school, in the programme's words. */
public enum VisitPurpose {
    PRIMARY("первичный визит"),
    STAGE_ONE("визит 1 этапа"),
    STAGE_TWO("визит 2 этапа"),
    OTHER("другое");

    private final String label;

    VisitPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

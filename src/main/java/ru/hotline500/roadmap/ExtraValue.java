package ru.hotline500.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A column of the document that has no field of its own, kept under its header name. */
@Embeddable
class ExtraValue {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String content;

    protected ExtraValue() {
    }

    ExtraValue(String name, String content) {
        this.name = name;
        this.content = content;
    }

    String name() {
        return name;
    }

    String content() {
        return content;
    }
}

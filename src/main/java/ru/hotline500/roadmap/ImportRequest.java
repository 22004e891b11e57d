package ru.hotline500.roadmap;

import java.util.Objects;

/**
 * A document to import.
 *
 * @param territoryId the territory it belongs to, or {@code null} to recognise it from the text
 * @param year        its year, or {@code null} to take it from the document
 */
public record ImportRequest(String fileName, byte[] content, String territoryId, Integer year) {

    public ImportRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}

package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question as a person wrote it.
 *
 * @param territoryId the asker's territory: their municipality or region
 * @param today       the asker's date; {@code null} means today in the territory's time zone
 */
public record Question(String text, String territoryId, LocalDate today) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(territoryId, "territoryId");
    }
}

package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question as a person wrote it.
 *
 * @param territoryId the asker's territory: their municipality or region
 * @param today       the asker's date; {@code null} means today in the territory's time zone
 * @param aboutTerritoryId the territory asked about when a dialogue has settled it ("а в Кизлярском?"); {@code null}:
 *                    the one the text names, else the asker's
 */
public record Question(String text, String territoryId, LocalDate today, String aboutTerritoryId) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(territoryId, "territoryId");
    }

    public Question(String text, String territoryId, LocalDate today) {
        this(text, territoryId, today, null);
    }
}

package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A question as a person wrote it.
 *
 * @param territoryId the asker's territory: their municipality or region
 * @param today       the asker's date; {@code null} means today in the territory's time zone
 * @param aboutTerritoryId the territory asked about when a dialogue has settled it ("а в Кизлярском?"); {@code null}:
 *                    the one the text names, else the asker's
 * @param required    words the answer's item must contain one of: whom a follow-up asks about instead («а для
 *                    библиотекарей?» is not answered with the courses for teachers again); empty for a question of its own
 */
public record Question(String text, String territoryId, LocalDate today, String aboutTerritoryId, List<String> required) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(territoryId, "territoryId");
        required = List.copyOf(required);
    }

    public Question(String text, String territoryId, LocalDate today) {
        this(text, territoryId, today, null);
    }

    public Question(String text, String territoryId, LocalDate today, String aboutTerritoryId) {
        this(text, territoryId, today, aboutTerritoryId, List.of());
    }
}

package ru.hotline500.roadmap;

import java.util.Map;
import java.util.Objects;

/**
 * One action of a roadmap.
 *
 * @param number      as written, normalised: "1.9" from "1. 9"; the place in the table when the document has no numbers
 * @param section     number of the section it belongs to, "" when the roadmap has no numbered sections
 * @param responsible who is responsible, "" when the document does not say
 * @param indicator   indicator of done or expected result, "" when the document does not say
 * @param extras      any other column, by its header name, in column order
 */
public record RoadmapItem(String number, String section, String action, String responsible,
                          Deadline deadline, String indicator, Map<String, String> extras) {

    public RoadmapItem {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(deadline, "deadline");
        section = Objects.requireNonNullElse(section, "");
        action = Objects.requireNonNullElse(action, "");
        responsible = Objects.requireNonNullElse(responsible, "");
        indicator = Objects.requireNonNullElse(indicator, "");
        extras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
    }
}

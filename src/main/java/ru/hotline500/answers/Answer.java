package ru.hotline500.answers;

import java.util.List;

/**
 * The answer to a question.
 *
 * @param matches the items that answer it, best first (empty when not found)
 * @param nearby  when not found: the closest items, shown as "maybe you mean"
 * @param window  the days the question asked about, or {@code null}
 * @param reply   the Russian text to send, exactly as every front end shows it
 */
public record Answer(Verdict verdict, List<Match> matches, List<Match> nearby, DateRange window, String reply) {

    public enum Verdict { FOUND, NOT_FOUND }

    public Answer {
        matches = List.copyOf(matches);
        nearby = List.copyOf(nearby);
    }

    public boolean found() {
        return verdict == Verdict.FOUND;
    }

    /** Nothing fits: the question should be offered to the coordinators. */
    public boolean offerHandOff() {
        return verdict == Verdict.NOT_FOUND;
    }
}

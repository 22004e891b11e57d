package ru.hotline500.answers;

import java.util.List;

/**
 * The answer to a message.
 *
 * @param verdict  {@code FOUND}: the item that answers a question about an action; {@code LISTED}: the items of the
 *                 period a question asks about (possibly none); {@code PROBABLE}: the item a question seems to be about,
 *                 given as a guess (the question names it in other words); {@code NOT_FOUND}: no item answers it;
 *                 {@code SMALL_TALK}: a greeting, thanks or the like, answered in kind; {@code UNCLEAR}: a message that
 *                 names no topic and no period ("а когда?"), which a dialogue may read as a follow-up
 * @param matches  the items that answer it, best first (empty when not found)
 * @param nearby   when not found: the closest items, shown as "maybe you mean"
 * @param window   the days the question asked about, or {@code null}
 * @param ongoing  for a period: the items that run through it (the whole year, every month), listed apart
 * @param reply    the Russian text to send, exactly as every front end shows it
 */
public record Answer(Verdict verdict, List<Match> matches, List<Match> nearby, DateRange window, List<Match> ongoing, String reply) {

    public enum Verdict { FOUND, LISTED, PROBABLE, NOT_FOUND, SMALL_TALK, UNCLEAR }

    public Answer {
        matches = List.copyOf(matches);
        nearby = List.copyOf(nearby);
        ongoing = List.copyOf(ongoing);
    }

    static Answer smallTalk(String reply) {
        return new Answer(Verdict.SMALL_TALK, List.of(), List.of(), null, List.of(), reply);
    }

    static Answer unclear(String reply) {
        return new Answer(Verdict.UNCLEAR, List.of(), List.of(), null, List.of(), reply);
    }

    /** Small talk or a message without a topic: answered with a short line, never with "нет пункта". */
    public boolean chat() {
        return verdict == Verdict.SMALL_TALK || verdict == Verdict.UNCLEAR;
    }

    /** An item (or items of the period) answers the question, or is given as the likely answer. */
    public boolean found() {
        return (verdict == Verdict.FOUND || verdict == Verdict.LISTED || verdict == Verdict.PROBABLE) && !matches.isEmpty();
    }

    /** Nothing fits, or the answer is a guess: the question should be offered to the coordinators. */
    public boolean offerHandOff() {
        return verdict == Verdict.NOT_FOUND || verdict == Verdict.PROBABLE;
    }

    /** The same answer with a line before it ("Дорожной карты на 2026 год пока нет…"). */
    Answer withNote(String note) {
        return note.isEmpty() ? this : new Answer(verdict, matches, nearby, window, ongoing, note + "\n" + reply);
    }
}

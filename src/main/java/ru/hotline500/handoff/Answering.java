package ru.hotline500.handoff;

/** What became of a coordinator's reply to a handed-off question. */
public sealed interface Answering {

    /** Kept; {@code entryId} names this answer (a coordinator may keep it as a standing answer). */
    record Answered(HandOffThread thread, long entryId, String coordinatorName) implements Answering {
    }

    /** Only a coordinator of the question's territory answers in the hotline's name. */
    record NotCoordinator(HandOffThread thread) implements Answering {
    }

    /** The question was never asked in a group. */
    record Unknown() implements Answering {
    }
}

package ru.hotline500.handoff;

/** What became of "ask a coordinator". */
public sealed interface Asking {

    /** The question now waits in the group. */
    record Asked(HandOffThread thread) implements Asking {
    }

    /** It had been asked already (a second press): nothing new happens. */
    record AlreadyAsked(HandOffThread thread) implements Asking {
    }

    /** No such offer for this person, or it is too old. */
    record Stale() implements Asking {
    }
}

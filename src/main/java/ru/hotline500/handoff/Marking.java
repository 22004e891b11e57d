package ru.hotline500.handoff;

/** What became of "keep this answer for the same question". */
public sealed interface Marking {

    record Marked(FaqAnswer answer) implements Marking {
    }

    record AlreadyMarked(FaqAnswer answer) implements Marking {
    }

    /** Only a coordinator of the question's territory may keep an answer for it. */
    record NotCoordinator() implements Marking {
    }

    /** No such answer. */
    record Unknown() implements Marking {
    }
}

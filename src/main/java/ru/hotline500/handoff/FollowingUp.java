package ru.hotline500.handoff;

/** What became of the asker's follow-up. */
public sealed interface FollowingUp {

    /** Kept; {@code repliesTo} is the coordinator's last answer in the group (null before any answer). */
    record FollowedUp(HandOffThread thread, Integer repliesTo) implements FollowingUp {
    }

    /** Not this person's question, or one never asked. */
    record Stale() implements FollowingUp {
    }
}

package ru.hotline500.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * A handed-off question as the front ends show it.
 *
 * @param status       OFFERED, WAITING or ANSWERED
 * @param groupChatId  the coordinators' group it went to, null while only offered
 * @param waitingSince when it (or its last follow-up) started waiting for an answer, null while only offered
 */
public record HandOffThread(long id, String territoryId, Asker asker, String question, String status, Long groupChatId,
                            Instant askedAt, Instant waitingSince) {

    public HandOffThread {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(question, "question");
    }

    /** "ho:17": how the bot's messages of this thread are labelled, so that replies to them find it. */
    public String label() {
        return HandOffs.LABEL + id;
    }
}

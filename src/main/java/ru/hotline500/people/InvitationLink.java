package ru.hotline500.people;

import java.time.Instant;

/**
 * An invitation made for a person: the code goes into the bot's start link, {@code https://t.me/<bot>?start=<code>}.
 */
public record InvitationLink(String code, Member person, Instant expiresAt) {

    /** Every invitation code starts with this, so that a start link can tell it from a territory id. */
    public static final String PREFIX = "inv_";

    public String url(String botUsername) {
        return "https://t.me/" + botUsername + "?start=" + code;
    }

    public static boolean looksLikeCode(String payload) {
        return payload != null && payload.startsWith(PREFIX);
    }
}

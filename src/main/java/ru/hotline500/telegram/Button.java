package ru.hotline500.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a message: either it sends short callback data back to the bot (at most 64 bytes, as Telegram
 * requires: ids, never texts) or it opens a link.
 */
public record Button(String label, String data, String url) {

    static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        if ((data == null) == (url == null)) {
            throw new IllegalArgumentException("a button has either callback data or a link: " + label);
        }
        if (data != null && data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + data);
        }
    }

    public static Button callback(String label, String data) {
        return new Button(label, data, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }
}

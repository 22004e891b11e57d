package ru.hotline500.telegram;

import java.util.List;
import java.util.Objects;

/** What the bot sends: a message or a file to a chat, or the answer Telegram expects to every button press. */
public sealed interface Outgoing {

    /**
     * A plain-text message (the transport escapes it for HTML), with rows of buttons; {@code replyTo} is the message
     * it answers, null when none; {@code about} says what it belongs to ("ho:17", a hand-off), so that a reply to it
     * finds that again, null for most messages.
     */
    record Message(ChatRef chat, String text, List<List<Button>> buttons, Integer replyTo, String about) implements Outgoing {

        public Message {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(text, "text");
            buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
        }

        public Message(ChatRef chat, String text, List<List<Button>> buttons, Integer replyTo) {
            this(chat, text, buttons, replyTo, null);
        }

        public static Message text(ChatRef chat, String text) {
            return new Message(chat, text, List.of(), null);
        }

        public Message about(String subject) {
            return new Message(chat, text, buttons, replyTo, subject);
        }
    }

    /**
     * A file sent to a chat, e.g. an XLSX export, with a plain-text {@code caption} (escaped by the transport) or none
     * (null).
     */
    record Document(ChatRef chat, String fileName, byte[] content, String caption) implements Outgoing {

        public Document {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }

    /** Stops the spinner on a pressed button, with a short notice or none. */
    record ButtonAnswer(ChatRef chat, String callbackId, String notice) implements Outgoing {
    }
}

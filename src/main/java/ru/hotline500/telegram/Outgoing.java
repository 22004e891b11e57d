package ru.hotline500.telegram;

import java.util.List;
import java.util.Objects;

/** What the bot sends: a message or a file to a chat, or the answer Telegram expects to every button press. */
public sealed interface Outgoing {

    /**
     * A plain-text message (the transport escapes it for HTML), with rows of buttons; {@code replyTo} is the message
     * it answers in a group, null otherwise.
     */
    record Message(ChatRef chat, String text, List<List<Button>> buttons, Integer replyTo) implements Outgoing {

        public Message {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(text, "text");
            buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
        }

        public static Message text(ChatRef chat, String text) {
            return new Message(chat, text, List.of(), null);
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

package ru.hotline500.telegram;

import java.util.Locale;
import java.util.Optional;

/**
 * A message read as a command, the way Telegram writes them: "/name", "/name@botname", then anything after a space
 * ({@code rest}: a deep-link payload for /start). {@code name} is lower-case, {@code addressee} null when no bot is
 * named.
 */
public record CommandText(String name, String addressee, String rest) {

    public static Optional<CommandText> parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (!stripped.startsWith("/") || stripped.length() == 1) {
            return Optional.empty();
        }
        String[] parts = stripped.split("\\s+", 2);
        String[] command = parts[0].substring(1).split("@", 2);
        return Optional.of(new CommandText(command[0].toLowerCase(Locale.ROOT), command.length == 2 ? command[1] : null,
                parts.length > 1 ? parts[1] : ""));
    }

    /** In a group several bots may listen: a command naming another bot is not ours. */
    public boolean isFor(String botName) {
        return addressee == null || addressee.equalsIgnoreCase(botName);
    }

    public Inbound.Message toMessage(long updateId, ChatRef chat, ChatUser from, int messageId) {
        return new Inbound.Message(updateId, chat, from, messageId, name, rest);
    }
}

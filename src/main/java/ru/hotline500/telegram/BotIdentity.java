package ru.hotline500.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** The bot's own username, known once Telegram has told it (getMe); used for links and group commands. */
@Component
public class BotIdentity {

    private final AtomicReference<String> username = new AtomicReference<>();

    public void learned(String name) {
        username.set(name);
    }

    public Optional<String> username() {
        return Optional.ofNullable(username.get());
    }

    /** A link that opens the private chat with the bot, with an optional /start payload. */
    public Optional<String> privateChatLink(String payload) {
        return username().map(name -> "https://t.me/" + name + (payload == null ? "" : "?start=" + payload));
    }
}

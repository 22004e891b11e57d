package ru.hotline500.telegram.transport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bot on Telegram. The token comes only from the environment ({@code TELEGRAM_BOT_TOKEN}); without it the
 * bot does not run. {@code apiUrl} ({@code TELEGRAM_API_URL}) serves every call, file downloads included.
 *
 * @param pollTimeout how long one getUpdates call waits for updates
 * @param workers threads answering updates (one chat is always answered in order, by one of them at a time)
 * @param longestReconnectWait the longest pause between attempts to reach Telegram
 * @param callTimeout how long a message or a button answer waits for Telegram's answer before its outcome is
 *                    unknown (Telegram answers within seconds; a longer wait only costs a sender thread, an early
 *                    give-up risks a message sent twice)
 * @param documentTimeout the same for sending and downloading files
 * @param queryTimeout the same for getMe, getChatMember, getFile and the menus, which a person waits for
 */
@Validated
@ConfigurationProperties("hotline.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") @NotNull URI apiUrl,
        @DefaultValue("30s") @NotNull Duration pollTimeout,
        @DefaultValue("16") @Positive int workers,
        @DefaultValue("60s") @NotNull Duration longestReconnectWait,
        @DefaultValue("60s") @NotNull Duration callTimeout,
        @DefaultValue("180s") @NotNull Duration documentTimeout,
        @DefaultValue("15s") @NotNull Duration queryTimeout) {

    public TelegramProperties {
        if (apiUrl != null && apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
            // the library builds every address from scheme, host and port only
            throw new IllegalArgumentException("TELEGRAM_API_URL must be scheme://host[:port] without a path, not " + apiUrl);
        }
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}

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
 */
@Validated
@ConfigurationProperties("hotline.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") @NotNull URI apiUrl,
        @DefaultValue("30s") @NotNull Duration pollTimeout,
        @DefaultValue("8") @Positive int workers,
        @DefaultValue("60s") @NotNull Duration longestReconnectWait) {

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

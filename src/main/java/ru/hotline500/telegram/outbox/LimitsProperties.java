package ru.hotline500.telegram.outbox;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How fast the bot writes (Telegram's published limits by default) and how it retries. A self-hosted Bot API
 * server or a test may raise them.
 *
 * @param senderThreads requests to Telegram at the same time; a message is handed to a thread only when one is free,
 *                      so a slow chat holds one thread and nothing else
 * @param maxAttempts attempts after which a message that keeps meeting server or network errors is given up
 */
@Validated
@ConfigurationProperties("hotline.telegram.limits")
public record LimitsProperties(
        @DefaultValue("1") @Positive double privatePerSecond,
        @DefaultValue("3") @Positive int privateBurst,
        @DefaultValue("20") @Positive int groupPerMinute,
        @DefaultValue("30") @Positive int globalPerSecond,
        @DefaultValue("32") @Positive int senderThreads,
        @DefaultValue("15") @Positive int maxAttempts) {
}

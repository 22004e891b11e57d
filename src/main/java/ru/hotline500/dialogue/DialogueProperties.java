package ru.hotline500.dialogue;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of dialogues.
 *
 * @param followUpWithin a message is read as a follow-up of the previous question only this long after it
 */
@Validated
@ConfigurationProperties("hotline.dialogue")
public record DialogueProperties(@DefaultValue("30m") @NotNull Duration followUpWithin) {
}

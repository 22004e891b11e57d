package ru.hotline500.reminders;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of personal reminders.
 *
 * @param at the local time of the territory from which the day's reminders go out, 09:00 by default
 */
@Validated
@ConfigurationProperties("hotline.reminders")
public record RemindersProperties(@DefaultValue("09:00") @NotNull LocalTime at) {
}

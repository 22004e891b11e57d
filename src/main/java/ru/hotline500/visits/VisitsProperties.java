package ru.hotline500.visits;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of visits.
 *
 * @param secondStageStarts the day the second (autumn) stage begins, "--08-01" by default
 * @param remindAt          the local time from which the day's reminders go out
 */
@Validated
@ConfigurationProperties("hotline.visits")
public record VisitsProperties(@DefaultValue("--08-01") @NotNull MonthDay secondStageStarts,
                               @DefaultValue("09:00") @NotNull LocalTime remindAt) {
}

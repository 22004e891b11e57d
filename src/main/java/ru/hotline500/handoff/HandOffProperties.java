package ru.hotline500.handoff;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the hand-off.
 *
 * @param unansweredAfter a question waiting longer than this is listed in the group's next digest (a day by default)
 * @param offerValidFor   how long the "ask a coordinator" button under an unanswered question works
 */
@Validated
@ConfigurationProperties("hotline.handoff")
public record HandOffProperties(@DefaultValue("1d") @NotNull Duration unansweredAfter,
                                @DefaultValue("2d") @NotNull Duration offerValidFor) {
}

package ru.hotline500.people;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The directory's settings.
 *
 * @param invitationTtl how long an invitation link stays valid (a week by default: long enough to reach a busy
 *                      teacher, short enough that a forwarded link soon stops working)
 * @param botUsername   the bot's Telegram name for invitation links made from the command line (the running bot
 *                      knows its own name); empty when not set
 */
@Validated
@ConfigurationProperties("hotline.people")
public record PeopleProperties(@DefaultValue("7d") @NotNull Duration invitationTtl, @DefaultValue("") String botUsername) {
}

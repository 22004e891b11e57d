package ru.hotline500.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.territory.Territories;

/**
 * When groups get their scheduled digest: on the group's day, from its hour, in its territory's own time zone
 * (Sakhalin's Monday 09:00 comes seven hours before Moscow's). Each is claimed once per day it was due for.
 */
@Service
public class DigestSchedule {

    private final CoordinatorGroupRepository groups;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final Clock clock;

    DigestSchedule(CoordinatorGroupRepository groups, Territories territories, JdbcClient jdbc, Clock clock) {
        this.groups = groups;
        this.territories = territories;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A group whose digest is due, and the local day it is for. */
    public record Due(GroupBinding group, LocalDate day) {
    }

    /** The groups whose digest is due now and not claimed yet. */
    @Transactional(readOnly = true)
    public List<Due> due() {
        return groups.findAll().stream().map(CoordinatorGroup::toBinding).map(this::dueToday)
                .flatMap(Optional::stream).filter(d -> !claimed(d)).toList();
    }

    /** Claims the digest in the caller's transaction: true for the one caller that sends it, false when sent already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(Due due) {
        return jdbc.sql("""
                insert into digest_delivery (chat_id, scheduled_for, claimed_at)
                select ?, ?, ? where not exists (select 1 from digest_delivery where chat_id = ? and scheduled_for = ?)""")
                .params(due.group().chatId(), due.day(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        due.group().chatId(), due.day()).update() == 1;
    }

    private Optional<Due> dueToday(GroupBinding group) {
        ZonedDateTime local = ZonedDateTime.ofInstant(clock.instant(), territories.get(group.territoryId()).timeZone());
        boolean due = local.getDayOfWeek() == group.day() && !local.toLocalTime().isBefore(group.time());
        return due ? Optional.of(new Due(group, local.toLocalDate())) : Optional.empty();
    }

    private boolean claimed(Due due) {
        return jdbc.sql("select count(*) from digest_delivery where chat_id = ? and scheduled_for = ?")
                .params(due.group().chatId(), due.day()).query(Integer.class).single() > 0;
    }
}

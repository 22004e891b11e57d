package ru.hotline500.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.groups.GroupBinding;
import ru.hotline500.territory.Territories;

/**
 * When groups get their scheduled digest: on the group's day, from its hour, in its territory's own time zone
 * (Sakhalin's Monday 09:00 comes seven hours before Moscow's). Each is claimed once per day it was due for.
 */
@Service
public class DigestSchedule {

    private final CoordinatorGroups groups;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final Clock clock;

    DigestSchedule(CoordinatorGroups groups, Territories territories, JdbcClient jdbc, Clock clock) {
        this.groups = groups;
        this.territories = territories;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A group whose digest is due, and the local day it is for. */
    public record Due(GroupBinding group, LocalDate day) {
    }

    /** The groups whose digest is due now and not claimed yet (one query for the claims, whatever the number of groups). */
    @Transactional(readOnly = true)
    public List<Due> due() {
        List<Due> due = groups.all().stream().map(this::dueToday).flatMap(Optional::stream).toList();
        if (due.isEmpty()) {
            return due;
        }
        LocalDate earliest = due.stream().map(Due::day).min(LocalDate::compareTo).orElseThrow();
        Set<String> claimed = new HashSet<>(jdbc.sql("select chat_id, scheduled_for from digest_delivery where scheduled_for >= ?")
                .param(earliest).query((row, n) -> row.getLong(1) + "/" + row.getObject(2, LocalDate.class)).list());
        return due.stream().filter(d -> !claimed.contains(d.group().chatId() + "/" + d.day())).toList();
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
}

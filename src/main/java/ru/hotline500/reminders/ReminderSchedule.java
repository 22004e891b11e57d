package ru.hotline500.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.roadmap.TerritoryItems;
import ru.hotline500.territory.Territories;

/**
 * Which personal reminders are due: from the reminder hour of the territory's own time zone, on the morning three
 * days before a window ends and on its last day. Each is claimed once per person, item, day and kind; one not sent by
 * the end of its day (the bot was down) is not sent late.
 */
@Service
public class ReminderSchedule {

    private final SubscriptionRepository subscriptions;
    private final ItemReminderRepository itemReminders;
    private final TerritoryItems territoryItems;
    private final Territories territories;
    private final RemindersProperties properties;
    private final JdbcClient jdbc;

    ReminderSchedule(SubscriptionRepository subscriptions, ItemReminderRepository itemReminders, TerritoryItems territoryItems,
                     Territories territories, RemindersProperties properties, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.itemReminders = itemReminders;
        this.territoryItems = territoryItems;
        this.territories = territories;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** The reminders due at {@code now} and not claimed yet, one per person and local day (one query for the claims). */
    @Transactional(readOnly = true)
    public List<DueReminder> due(Instant now) {
        DueItems dueItems = new DueItems(territoryItems);
        Map<String, Optional<LocalDate>> days = new HashMap<>();
        Map<String, Map<String, ReminderItem>> lines = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions.findByEnabledTrue()) {
            days.computeIfAbsent(subscription.territoryId(), id -> morning(id, now)).ifPresent(day ->
                    dueItems.on(subscription.territoryId(), day).stream().filter(d -> d.roles().contains(subscription.role()))
                            .forEach(d -> add(lines, subscription.userId(), day, d.item())));
        }
        for (ItemReminder reminder : itemReminders.findAll()) {
            ItemRef ref = reminder.ref();
            days.computeIfAbsent(ref.territoryId(), id -> morning(id, now)).ifPresent(day ->
                    dueItems.on(ref.territoryId(), day).stream().filter(d -> d.item().ref().equals(ref))
                            .forEach(d -> add(lines, reminder.userId(), day, d.item())));
        }
        return unclaimed(lines, days);
    }

    /** Claims the reminder's items in the caller's transaction; returns those not claimed before (to send). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReminderItem> claim(DueReminder due, Instant now) {
        List<ReminderItem> claimed = new ArrayList<>();
        for (ReminderItem item : due.items()) {
            ItemRef ref = item.ref();
            int inserted = jdbc.sql("""
                    insert into reminder_delivery (user_id, territory_id, roadmap_year, item_number, due_on, kind, claimed_at)
                    select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from reminder_delivery where user_id = ?
                    and territory_id = ? and roadmap_year = ? and item_number = ? and due_on = ? and kind = ?)""")
                    .params(due.userId(), ref.territoryId(), ref.year(), ref.number(), item.until(), item.kind().name(),
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                            due.userId(), ref.territoryId(), ref.year(), ref.number(), item.until(), item.kind().name()).update();
            if (inserted == 1) {
                claimed.add(item);
            }
        }
        return claimed;
    }

    /** The territory's local day when its reminder hour has come, else empty. */
    private Optional<LocalDate> morning(String territoryId, Instant now) {
        ZonedDateTime local = ZonedDateTime.ofInstant(now, territories.get(territoryId).timeZone());
        return local.toLocalTime().isBefore(properties.at()) ? Optional.empty() : Optional.of(local.toLocalDate());
    }

    private static void add(Map<String, Map<String, ReminderItem>> lines, long userId, LocalDate day, ReminderItem item) {
        lines.computeIfAbsent(userId + "/" + day, key -> new LinkedHashMap<>()).putIfAbsent(claimKey(userId, item), item);
    }

    private List<DueReminder> unclaimed(Map<String, Map<String, ReminderItem>> lines, Map<String, Optional<LocalDate>> days) {
        if (lines.isEmpty()) {
            return List.of();
        }
        LocalDate earliest = days.values().stream().flatMap(Optional::stream).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> claimed = new HashSet<>(jdbc.sql("""
                select user_id, territory_id, roadmap_year, item_number, due_on, kind from reminder_delivery where due_on >= ?""")
                .param(earliest).query((row, n) -> claimKey(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getObject(5, LocalDate.class), row.getString(6))).list());
        List<DueReminder> due = new ArrayList<>();
        lines.forEach((key, items) -> {
            List<ReminderItem> left = items.entrySet().stream().filter(e -> !claimed.contains(e.getKey())).map(Map.Entry::getValue)
                    .sorted(Comparator.comparing(ReminderItem::until)).toList();
            if (!left.isEmpty()) {
                String[] userAndDay = key.split("/");
                due.add(new DueReminder(Long.parseLong(userAndDay[0]), LocalDate.parse(userAndDay[1]), left));
            }
        });
        return due;
    }

    private static String claimKey(long userId, ReminderItem item) {
        return claimKey(userId, item.ref().territoryId(), item.ref().year(), item.ref().number(), item.until(), item.kind().name());
    }

    private static String claimKey(long userId, String territoryId, int year, String number, LocalDate dueOn, String kind) {
        return userId + "|" + territoryId + "|" + year + "|" + number + "|" + dueOn + "|" + kind;
    }
}

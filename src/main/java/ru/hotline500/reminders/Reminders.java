package ru.hotline500.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.roadmap.SourcedItem;
import ru.hotline500.roadmap.TerritoryItems;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * A person's reminders: on or off for their role and territory, and single items they asked for. Everything a button
 * asks for is checked here again (the item exists, belongs to the person's roadmaps, the reminder is theirs).
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final SubscriptionRepository subscriptions;
    private final ItemReminderRepository itemReminders;
    private final TerritoryItems territoryItems;
    private final Territories territories;
    private final Clock clock;

    Reminders(SubscriptionRepository subscriptions, ItemReminderRepository itemReminders, TerritoryItems territoryItems,
              Territories territories, Clock clock) {
        this.subscriptions = subscriptions;
        this.itemReminders = itemReminders;
        this.territoryItems = territoryItems;
        this.territories = territories;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderSettings settings(long userId) {
        Optional<Subscription> subscription = subscriptions.findById(userId);
        return new ReminderSettings(subscription.map(Subscription::enabled).orElse(false),
                subscription.map(Subscription::role).orElse(null), subscription.map(Subscription::territoryId).orElse(null),
                itemReminders.findByUserIdOrderById(userId).stream().map(r -> new ReminderSettings.Remembered(r.id(), r.ref(),
                        find(r.ref()).map(i -> i.item().action()).orElse(""))).toList());
    }

    /** @throws ru.hotline500.territory.UnknownTerritoryException for an unknown territory */
    @Transactional
    public void turnOn(long userId, String territoryId, ReminderRole role) {
        territories.get(territoryId);
        Subscription subscription = subscriptions.findById(userId).orElseGet(() -> new Subscription(userId, territoryId, role, clock.instant()));
        subscription.turnOn(territoryId, role, clock.instant());
        subscriptions.save(subscription);
        log.info("Reminders on for user {}: {} in {}", userId, role, territoryId);
    }

    /** False when they were not on. */
    @Transactional
    public boolean turnOff(long userId) {
        Optional<Subscription> subscription = subscriptions.findById(userId).filter(Subscription::enabled);
        subscription.ifPresent(s -> {
            s.turnOff(clock.instant());
            log.info("Reminders off for user {}", userId);
        });
        return subscription.isPresent();
    }

    /** The person chose another territory: their reminders, if any, follow it. */
    @Transactional
    public void follow(long userId, String territoryId) {
        subscriptions.findById(userId).filter(s -> !s.territoryId().equals(territoryId))
                .ifPresent(s -> s.moveTo(territoryId, clock.instant()));
    }

    /**
     * Remembers an item of the person's roadmaps ({@code ownTerritoryId}'s or its region's) whose deadline is still
     * ahead; empty (logged) for any other item.
     */
    @Transactional
    public Optional<ItemRemembered> remember(long userId, String ownTerritoryId, ItemRef ref) {
        Optional<Territory> own = territories.find(ownTerritoryId);
        boolean inScope = own.isPresent() && (ref.territoryId().equals(own.get().id()) || ref.territoryId().equals(own.get().parentId()));
        Optional<SourcedItem> item = inScope ? find(ref) : Optional.empty();
        LocalDate today = LocalDate.now(clock.withZone(territories.get(inScope ? ref.territoryId() : ownTerritoryId).timeZone()));
        Optional<LocalDate> until = item.flatMap(i -> i.item().deadline().ends().stream().filter(end -> !end.isBefore(today)).findFirst());
        if (until.isEmpty()) {
            log.warn("Refused: user {} of {} asked to be reminded of {}: {}", userId, ownTerritoryId, ref,
                    !inScope ? "not their roadmaps" : item.isEmpty() ? "no such item" : "no deadline ahead");
            return Optional.empty();
        }
        boolean already = itemReminders.findByUserIdAndTerritoryIdAndRoadmapYearAndItemNumber(userId, ref.territoryId(), ref.year(),
                ref.number()).isPresent();
        if (!already) {
            itemReminders.save(new ItemReminder(userId, ref, clock.instant()));
            log.info("User {} will be reminded of {}", userId, ref);
        }
        int ahead = ReminderItem.Kind.THREE_DAYS_BEFORE.daysBefore();
        return Optional.of(new ItemRemembered(ref, item.get().item().action(), until.get(),
                !until.get().minusDays(ahead).isBefore(today), already));
    }

    /** Drops one of the person's single-item reminders; empty when it is not theirs (a forged button) or gone. */
    @Transactional
    public Optional<ItemRef> forget(long userId, long reminderId) {
        Optional<ItemReminder> reminder = itemReminders.findById(reminderId).filter(r -> r.userId() == userId);
        reminder.ifPresentOrElse(itemReminders::delete,
                () -> log.warn("Refused: user {} tried to drop item reminder {}, not theirs or gone", userId, reminderId));
        return reminder.map(ItemReminder::ref);
    }

    private Optional<SourcedItem> find(ItemRef ref) {
        return territories.find(ref.territoryId()).stream().flatMap(t -> territoryItems.of(t.id(), ref.year()).stream())
                .filter(i -> ItemRef.of(i).equals(ref)).findFirst();
    }
}

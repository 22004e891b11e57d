package ru.hotline500.groups;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * Which coordinators' group gets which territory's digest. Who may bind is decided by the caller (a coordinator of
 * that territory who administers the group); here the binding is kept, moved with a group that became a supergroup,
 * and dropped when the bot leaves.
 */
@Service
public class CoordinatorGroups {

    /** Monday 09:00 local time, unless the group chose otherwise. */
    public static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    private static final Logger log = LoggerFactory.getLogger(CoordinatorGroups.class);

    private final CoordinatorGroupRepository groups;
    private final Territories territories;
    private final Clock clock;

    CoordinatorGroups(CoordinatorGroupRepository groups, Territories territories, Clock clock) {
        this.groups = groups;
        this.territories = territories;
        this.clock = clock;
    }

    /** Every bound group, with its territory and its digest's day and hour. */
    @Transactional(readOnly = true)
    public List<GroupBinding> all() {
        return groups.findAll().stream().map(CoordinatorGroup::toBinding).toList();
    }

    @Transactional(readOnly = true)
    public Optional<GroupBinding> of(long chatId) {
        return groups.findById(chatId).map(CoordinatorGroup::toBinding);
    }

    /**
     * Where the territory's coordinators are asked: its own group (the first bound, when there are several), else
     * its region's.
     */
    @Transactional(readOnly = true)
    public Optional<GroupBinding> forTerritory(String territoryId) {
        Optional<GroupBinding> own = groups.findFirstByTerritoryIdOrderByBoundAt(territoryId).map(CoordinatorGroup::toBinding);
        return own.isPresent() ? own : territories.find(territoryId).map(Territory::parentId)
                .flatMap(groups::findFirstByTerritoryIdOrderByBoundAt).map(CoordinatorGroup::toBinding);
    }

    /** Binds the group (again: a new territory or topic replaces the old one) by that person. */
    @Transactional
    public GroupBinding bind(long chatId, Integer threadId, String territoryId, long personId) {
        GroupBinding previous = of(chatId).orElse(null);
        CoordinatorGroup group = new CoordinatorGroup(chatId, threadId, territoryId, personId, clock.instant(),
                previous == null ? DEFAULT_DAY : previous.day(), previous == null ? DEFAULT_TIME : previous.time());
        groups.save(group);
        log.info("Group {} (topic {}) bound to territory {} by person {}", chatId, threadId, territoryId, personId);
        return group.toBinding();
    }

    /** The group's own day and hour for its weekly digest; empty when the group is not bound. */
    @Transactional
    public Optional<GroupBinding> schedule(long chatId, DayOfWeek day, LocalTime time) {
        return groups.findById(chatId).map(group -> {
            group.scheduleAt(day, time);
            log.info("Group {} digest moved to {} {}", chatId, day, time);
            return groups.save(group).toBinding();
        });
    }

    /** Returns whether there was a binding. */
    @Transactional
    public boolean unbind(long chatId, String why) {
        if (!groups.existsById(chatId)) {
            return false;
        }
        groups.deleteById(chatId);
        log.info("Group {} unbound: {}", chatId, why);
        return true;
    }

    /** A group that became a supergroup keeps its binding under the new id. */
    @Transactional
    public void migrate(long oldChatId, long newChatId) {
        groups.findById(oldChatId).ifPresent(group -> {
            groups.delete(group);
            groups.flush();
            groups.save(group.movedTo(newChatId));
            log.info("Group {} became {}: binding kept", oldChatId, newChatId);
        });
    }
}

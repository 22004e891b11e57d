package ru.hotline500.telegram.groups;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.hotline500.digest.Digests;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.groups.GroupBinding;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.ChatAdmins;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * What the group's commands do ({@link BindCommand}, {@link UnbindCommand}, {@link ScheduleCommand},
 * {@link GroupDigestCommand}): /bind (to the coordinator's territory, or "/bind dubovsky" for one they coordinate),
 * /unbind, /schedule and /digest. Binding and unbinding need a coordinator of that territory who also administers
 * the group, as Telegram says; /digest answers anyone in a bound group.
 */
@Component
class GroupCommands {

    private final Access access;
    private final Directory directory;
    private final CoordinatorGroups groups;
    private final Digests digests;
    private final Territories territories;
    private final ObjectProvider<ChatAdmins> admins;
    private final Clock clock;

    GroupCommands(Access access, Directory directory, CoordinatorGroups groups, Digests digests, Territories territories,
                  ObjectProvider<ChatAdmins> admins, Clock clock) {
        this.access = access;
        this.directory = directory;
        this.groups = groups;
        this.digests = digests;
        this.territories = territories;
        this.admins = admins;
        this.clock = clock;
    }

    public List<Outgoing> bind(Inbound.Message message) {
        Optional<Member> coordinator = access.member(message.from()).filter(Member::coordinates);
        if (coordinator.isEmpty()) {
            return access.refuse(message.chat(), message.from(), "bind group " + message.chat().id(), AccessTexts.NOT_A_COORDINATOR);
        }
        String wanted = message.text().isBlank() ? coordinator.get().territoryId() : message.text().strip();
        Optional<Territory> territory = territories.find(wanted);
        if (territory.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), GroupTexts.UNKNOWN_TERRITORY));
        }
        if (!directory.scopeOf(coordinator.get()).covers(territory.get().id())) {
            return access.refuse(message.chat(), message.from(), "bind group to " + territory.get().id(), GroupTexts.OUT_OF_SCOPE);
        }
        Optional<List<Outgoing>> notAdmin = unlessGroupAdmin(message, "bind group " + message.chat().id());
        if (notAdmin.isPresent()) {
            return notAdmin.get();
        }
        GroupBinding binding = groups.bind(message.chat().id(), message.chat().threadId(), territory.get().id(), coordinator.get().personId());
        return List.of(Outgoing.Message.text(message.chat(), GroupTexts.bound(territory.get().name(), binding)));
    }

    public List<Outgoing> unbind(Inbound.Message message) {
        Optional<GroupBinding> binding = groups.of(message.chat().id());
        if (binding.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), GroupTexts.NOT_BOUND));
        }
        Optional<Member> coordinator = access.member(message.from())
                .filter(m -> m.coordinates() && directory.scopeOf(m).covers(binding.get().territoryId()));
        if (coordinator.isEmpty()) {
            return access.refuse(message.chat(), message.from(), "unbind group " + message.chat().id(), GroupTexts.NOT_GROUP_ADMIN);
        }
        Optional<List<Outgoing>> notAdmin = unlessGroupAdmin(message, "unbind group " + message.chat().id());
        if (notAdmin.isPresent()) {
            return notAdmin.get();
        }
        groups.unbind(message.chat().id(), "by person " + coordinator.get().personId());
        return List.of(Outgoing.Message.text(message.chat(), GroupTexts.UNBOUND));
    }

    /** "/schedule вторник 10:30": the group's own day and hour, set by a coordinator who administers the group. */
    public List<Outgoing> schedule(Inbound.Message message) {
        Optional<GroupBinding> binding = groups.of(message.chat().id());
        if (binding.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), GroupTexts.NOT_BOUND));
        }
        Optional<DigestTimes.WeeklyTime> wanted = DigestTimes.parse(message.text());
        if (wanted.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), GroupTexts.scheduleHint(binding.get())));
        }
        Optional<Member> coordinator = access.member(message.from())
                .filter(m -> m.coordinates() && directory.scopeOf(m).covers(binding.get().territoryId()));
        if (coordinator.isEmpty()) {
            return access.refuse(message.chat(), message.from(), "reschedule group " + message.chat().id(), GroupTexts.NOT_GROUP_ADMIN);
        }
        Optional<List<Outgoing>> notAdmin = unlessGroupAdmin(message, "reschedule group " + message.chat().id());
        if (notAdmin.isPresent()) {
            return notAdmin.get();
        }
        GroupBinding changed = groups.schedule(message.chat().id(), wanted.get().day(), wanted.get().time()).orElseThrow();
        return List.of(Outgoing.Message.text(message.chat(), GroupTexts.scheduled(changed)));
    }

    /** The digest of the group's territory for today there, on request. */
    public List<Outgoing> digest(Inbound.Message message) {
        Optional<GroupBinding> binding = groups.of(message.chat().id());
        if (binding.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), GroupTexts.NOT_BOUND));
        }
        Territory territory = territories.get(binding.get().territoryId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), territory.timeZone());
        return List.of(Outgoing.Message.text(message.chat(), digests.build(territory.id(), today).text()));
    }

    private Optional<List<Outgoing>> unlessGroupAdmin(Inbound.Message message, String action) {
        ChatAdmins telegram = admins.getIfAvailable();
        try {
            if (telegram != null && telegram.isAdministrator(message.chat().id(), message.from().userId())) {
                return Optional.empty();
            }
            return Optional.of(access.refuse(message.chat(), message.from(), action + " without administering it", GroupTexts.NOT_GROUP_ADMIN));
        } catch (IOException e) {
            return Optional.of(access.refuse(message.chat(), message.from(), action + ": " + e.getMessage(), GroupTexts.CANNOT_CHECK_ADMIN));
        }
    }
}

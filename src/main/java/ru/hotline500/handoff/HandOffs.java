package ru.hotline500.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;

/**
 * Questions handed to the coordinators: offered when the roadmaps have no answer, asked in the group when the asker
 * agrees, answered by a coordinator of the territory, followed up by the asker. Every step is checked here again,
 * whatever the front end checked: a forged button or a stranger's reply changes nothing.
 */
@Service
public class HandOffs {

    /** The label of a thread's messages: "ho:" and the thread's id. */
    public static final String LABEL = "ho:";
    private static final Logger log = LoggerFactory.getLogger(HandOffs.class);

    private final HandOffRepository handOffs;
    private final HandOffEntryRepository entries;
    private final Directory directory;
    private final HandOffProperties properties;
    private final Clock clock;

    HandOffs(HandOffRepository handOffs, HandOffEntryRepository entries, Directory directory, HandOffProperties properties, Clock clock) {
        this.handOffs = handOffs;
        this.entries = entries;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** A question nothing answered, kept so that the asker can hand it on with one press; returns its id. */
    @Transactional
    public long offer(String territoryId, Asker asker, String question) {
        return handOffs.save(new HandOff(territoryId, asker, question, clock.instant())).id();
    }

    /** The asker agreed: the question goes to that group. */
    @Transactional
    public Asking ask(long id, long telegramUserId, long groupChatId) {
        Optional<HandOff> found = handOffs.findById(id).filter(h -> h.isAskedBy(telegramUserId));
        if (found.isEmpty()) {
            log.warn("Refused: user {} asked to hand on question {}, which is not theirs or does not exist", telegramUserId, id);
            return new Asking.Stale();
        }
        HandOff handOff = found.get();
        if (handOff.status() != HandOff.Status.OFFERED) {
            return new Asking.AlreadyAsked(handOff.toThread());
        }
        if (handOff.offeredAt().plus(properties.offerValidFor()).isBefore(clock.instant())) {
            return new Asking.Stale();
        }
        handOff.askIn(groupChatId, clock.instant());
        log.info("Question {} of territory {} handed to group {}", id, handOff.toThread().territoryId(), groupChatId);
        return new Asking.Asked(handOff.toThread());
    }

    @Transactional(readOnly = true)
    public Optional<HandOffThread> thread(long id) {
        return handOffs.findById(id).map(HandOff::toThread);
    }

    /** A reply in the group: an answer when a coordinator of the question's territory wrote it. */
    @Transactional
    public Answering answer(long id, long authorTelegramId, String text, int groupMessageId) {
        Optional<HandOff> found = handOffs.findById(id).filter(h -> h.status() != HandOff.Status.OFFERED);
        if (found.isEmpty()) {
            return new Answering.Unknown();
        }
        HandOff handOff = found.get();
        HandOffThread thread = handOff.toThread();
        Optional<Member> coordinator = directory.byTelegram(authorTelegramId)
                .filter(m -> m.coordinates() && directory.scopeOf(m).covers(thread.territoryId()));
        if (coordinator.isEmpty()) {
            log.warn("Refused: user {} replied to question {} but coordinates no territory of it", authorTelegramId, id);
            return new Answering.NotCoordinator(thread);
        }
        handOff.answered(clock.instant());
        HandOffEntry entry = entries.save(HandOffEntry.answer(id, coordinator.get().fullName(), coordinator.get().personId(), text,
                groupMessageId, clock.instant()));
        log.info("Question {} answered by person {}", id, coordinator.get().personId());
        return new Answering.Answered(handOff.toThread(), entry.id(), coordinator.get().fullName());
    }

    /** The asker writes more about their question; it waits for an answer again. */
    @Transactional
    public FollowingUp followUp(long id, long telegramUserId, String text) {
        Optional<HandOff> found = handOffs.findById(id)
                .filter(h -> h.isAskedBy(telegramUserId) && h.status() != HandOff.Status.OFFERED);
        if (found.isEmpty()) {
            log.warn("Refused: user {} followed up question {}, which is not theirs or was never asked", telegramUserId, id);
            return new FollowingUp.Stale();
        }
        HandOff handOff = found.get();
        handOff.followedUp(clock.instant());
        entries.save(HandOffEntry.followUp(id, handOff.toThread().asker().name(), text, clock.instant()));
        Integer lastAnswer = entries.findFirstByHandOffIdAndAuthorOrderByIdDesc(id, HandOffEntry.Author.COORDINATOR)
                .map(HandOffEntry::groupMessageId).orElse(null);
        return new FollowingUp.FollowedUp(handOff.toThread(), lastAnswer);
    }

    /** Questions of these territories waiting longer than the configured time for a human answer, oldest first. */
    @Transactional(readOnly = true)
    public List<HandOffThread> unanswered(Collection<String> territoryIds) {
        Instant before = clock.instant().minus(properties.unansweredAfter());
        return handOffs.findByTerritoryIdInAndStatusAndWaitingSinceBeforeOrderByWaitingSince(territoryIds, HandOff.Status.WAITING, before)
                .stream().map(HandOff::toThread).toList();
    }

    /** The thread a label names ("ho:17"), if it is one. */
    public static Optional<Long> idOf(String label) {
        if (label == null || !label.startsWith(LABEL)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(label.substring(LABEL.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package ru.hotline500.handoff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.answers.QuestionTerms;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.territory.Territories;

/**
 * Standing answers: a coordinator keeps an answer given in the hotline, and the bot gives it itself the next time
 * someone of that territory asks the same question. "The same" means the same words that matter, whatever their
 * forms and order: at least {@link #SAME} of the two questions' terms together are shared.
 */
@Service
public class Faq {

    static final double SAME = 0.6;
    private static final Logger log = LoggerFactory.getLogger(Faq.class);

    private final FaqRepository faq;
    private final HandOffEntryRepository entries;
    private final HandOffRepository handOffs;
    private final Directory directory;
    private final Territories territories;
    private final Clock clock;

    Faq(FaqRepository faq, HandOffEntryRepository entries, HandOffRepository handOffs, Directory directory, Territories territories,
        Clock clock) {
        this.faq = faq;
        this.entries = entries;
        this.handOffs = handOffs;
        this.directory = directory;
        this.territories = territories;
        this.clock = clock;
    }

    /** A coordinator of the question's territory keeps that answer for the same question from now on. */
    @Transactional
    public Marking mark(long entryId, long telegramUserId) {
        Optional<HandOffEntry> answer = entries.findById(entryId).filter(HandOffEntry::isAnswer);
        if (answer.isEmpty()) {
            return new Marking.Unknown();
        }
        HandOffThread thread = handOffs.findById(answer.get().handOffId()).orElseThrow().toThread();
        Optional<Member> coordinator = directory.byTelegram(telegramUserId)
                .filter(m -> m.coordinates() && directory.scopeOf(m).covers(thread.territoryId()));
        if (coordinator.isEmpty()) {
            log.warn("Refused: user {} wanted to keep answer {} but coordinates no territory of it", telegramUserId, entryId);
            return new Marking.NotCoordinator();
        }
        Optional<FaqEntry> existing = faq.findByEntryId(entryId);
        if (existing.isPresent()) {
            return new Marking.AlreadyMarked(existing.get().toAnswer());
        }
        LocalDate answeredOn = LocalDate.ofInstant(answer.get().writtenAt(), territories.get(thread.territoryId()).timeZone());
        FaqEntry entry = faq.save(new FaqEntry(thread.territoryId(), thread.question(), QuestionTerms.of(thread.question()),
                answer.get(), answeredOn, coordinator.get().personId(), clock.instant()));
        log.info("Answer {} kept as a standing answer of {} by person {}", entryId, thread.territoryId(), coordinator.get().personId());
        return new Marking.Marked(entry.toAnswer());
    }

    /** The territory's standing answer to this question, if one was given to the same question (the newest wins a tie). */
    @Transactional(readOnly = true)
    public Optional<FaqAnswer> find(String territoryId, String question) {
        Set<String> terms = QuestionTerms.of(question);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        return faq.findByTerritoryIdOrderByIdDesc(territoryId).stream()
                .filter(entry -> similarity(terms, entry.terms()) >= SAME)
                .max(Comparator.comparingDouble(entry -> similarity(terms, entry.terms())))
                .map(FaqEntry::toAnswer);
    }

    /** Shared terms over all terms of the two. */
    static double similarity(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all.isEmpty() ? 0 : (double) shared.size() / all.size();
    }
}

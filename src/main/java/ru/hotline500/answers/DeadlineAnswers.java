package ru.hotline500.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import ru.hotline500.roadmap.RoadmapItem;
import ru.hotline500.roadmap.Roadmaps;
import ru.hotline500.roadmap.StoredRoadmap;
import ru.hotline500.roadmap.TerritoryItems;
import ru.hotline500.territory.Genitive;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * Answers deadline questions from the roadmaps of the asker's scope: their territory and its region, or a
 * territory the question names ("в Сахалинской области"). Used alike by the bot, the console and the command
 * line. Answers are cached per (scope, question, day) until a roadmap is imported.
 */
@Service
public class DeadlineAnswers {

    static final String ANSWERS = "answers";
    static final String INDEXES = "answer-indexes";
    /** A letter has at least this many words. */
    private static final int LETTER_TERMS = 15;
    /** "у них", "там": the question is about a territory told of before it («она в Сахалинской области …»). */
    private static final Pattern THEIRS = Pattern.compile(
            "\\b(у|для)\\s+(них|неё|нее|него)\\b|\\bтам\\b|\\bих\\s+школ", Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    private final Roadmaps roadmaps;
    private final Territories territories;
    private final Clock clock;
    private final CacheManager caches;
    private final AnswerEngine engine = new AnswerEngine();
    private final FollowUpAnswers followUps = new FollowUpAnswers();
    private final Sites sites = new Sites();

    DeadlineAnswers(Roadmaps roadmaps, Territories territories, Clock clock, CacheManager caches) {
        this.roadmaps = roadmaps;
        this.territories = territories;
        this.clock = clock;
        this.caches = caches;
    }

    /** @throws ru.hotline500.territory.UnknownTerritoryException when the asker's territory is not known */
    public Answer answer(Question question) {
        return read(question).answer();
    }

    /**
     * What the answer to a question was about, for a follow-up to be read with: the question in the message, or the
     * wider reading that answered it, or the action of the item a pasted letter was matched to.
     */
    public String topicOf(Question question) {
        return read(question).topic();
    }

    private Reading read(Question question) {
        Territory asker = territories.get(question.territoryId());
        LocalDate today = question.today() != null ? question.today() : LocalDate.now(clock.withZone(asker.timeZone()));
        String key = asker.id() + "|" + question.aboutTerritoryId() + "|" + today + "|"
                + Synonyms.fold(question.text()).strip().replaceAll("\\s+", " ") + "|" + question.required();
        return cache(ANSWERS).get(key, () -> read(question.text(), asker, question.aboutTerritoryId(), today, question.required()));
    }

    /**
     * The territory a message asks about, other than the asker's own: named in its question (a follow-up "а в
     * Кизлярском?"), or told of before a question about "them" («она в Сахалинской области … у них когда?»).
     */
    public Optional<String> territoryNamedIn(String text, String askerId) {
        List<Territory> own = scope(territories.get(askerId));
        return namedOther(places(), text, own).map(Territory::id);
    }

    private static Optional<Territory> namedOther(Places places, String text, List<Territory> own) {
        String question = MessageFocus.of(text).question();
        return namedIn(places, question, own).or(() -> THEIRS.matcher(question).find() ? namedIn(places, text, own) : Optional.empty());
    }

    /** Terms of every territory's name: a follow-up that names only a place keeps the topic of the question before. */
    public List<String> placeTerms() {
        return List.copyOf(places().terms());
    }

    private Reading read(String text, Territory asker, String aboutId, LocalDate today, List<String> required) {
        Optional<SmallTalk.Kind> talk = SmallTalk.of(text);
        if (talk.isPresent()) {
            return new Reading(Answer.smallTalk(SmallTalk.reply(talk.get())), text);
        }
        MessageFocus focus = MessageFocus.of(text);
        if (focus.introductionOnly()) {
            return new Reading(Answer.smallTalk(SmallTalk.reply(SmallTalk.Kind.GREETING)), text);
        }
        Places places = places();
        List<Territory> own = scope(asker);
        Territory target = aboutId != null ? territories.get(aboutId) : namedOther(places, text, own).orElse(asker);
        List<Territory> scope = target == asker ? own : scope(target);
        YearChoice years = YearChoice.of(scope, territory -> roadmaps.ofTerritory(territory.id()), today, focus.question());
        ItemIndex index = index(scope, years);
        Reading reading = new Reading(answer(focus.question(), focus.timeText(), today, index, scope, places), focus.question());
        if (widening(reading.answer(), focus, today)) {
            Reading asked = reading;
            List<Reading> wider = focus.wider().stream()
                    .map(part -> new Reading(answer(part, focus.timeText(), today, index, scope, places), part)).toList();
            reading = wider.stream().filter(w -> w.answer().verdict() == Answer.Verdict.FOUND).findFirst()
                    .or(() -> letter(focus, today, index, scope, places)
                            .map(found -> new Reading(found, found.matches().get(0).item().action())))
                    .or(() -> asked.answer().verdict() == Answer.Verdict.PROBABLE ? Optional.empty()
                            : wider.stream().filter(w -> w.answer().verdict() == Answer.Verdict.PROBABLE).findFirst())
                    .orElse(asked);
        }
        Answer named = required.isEmpty() ? reading.answer()
                : followUps.naming(reading.answer(), index.vocabulary().resolve(required, Set.of()), index, scopeName(scope), today);
        Answer answer = sites.of(named, text, index, Set.copyOf(places.terms()), scopeName(scope), today);
        return new Reading(answer.chat() ? answer : answer.withNote(years.note(today)), reading.topic());
    }

    /** An answer and the text it answered, which a follow-up is read with. */
    private record Reading(Answer answer, String topic) {
    }

    private Answer answer(String topic, String timeText, LocalDate today, ItemIndex index, List<Territory> scope, Places places) {
        return engine.answer(timeText, Terms.ofQuestion(topic), Names.in(topic), today, index, scopeName(scope), places.terms());
    }

    /** A long letter pasted before a question that only points at it: the item the letter is about, if one is clear. */
    private Optional<Answer> letter(MessageFocus focus, LocalDate today, ItemIndex index, List<Territory> scope, Places places) {
        List<String> words = Terms.ofQuestion(focus.letter());
        if (words.size() < LETTER_TERMS || !focus.pointsAtLetter()) {
            return Optional.empty();
        }
        Answer answer = engine.aboutLetter(words, Names.in(focus.letter()), today, index, scopeName(scope), places.terms());
        return answer.verdict() == Answer.Verdict.FOUND ? Optional.of(answer) : Optional.empty();
    }

    /**
     * Whether to read the message wider: its question found nothing or only a guess, or asked whether something is
     * late («сильно опоздали?») or named its topic by a pronoun («до какого времени он проводится?») and got only the
     * period's list — the thing asked about is then told in a clause about the past, in the sentence or the letter
     * before. A wider reading that finds the item surely is taken first; a guess of a wider reading only when the
     * question itself found nothing.
     */
    private static boolean widening(Answer answer, MessageFocus focus, LocalDate today) {
        if (answer.verdict() == Answer.Verdict.NOT_FOUND || answer.verdict() == Answer.Verdict.UNCLEAR
                || answer.verdict() == Answer.Verdict.PROBABLE) {
            return true;
        }
        return answer.verdict() == Answer.Verdict.LISTED && (focus.pointsBack()
                || TimeIntents.of(focus.timeText(), today).kind() == TimeIntent.Kind.OVERDUE && TimeIntents.asksIfLate(focus.timeText()));
    }

    /** A territory the text names other than the asker's own ones. */
    private static Optional<Territory> namedIn(Places places, String text, List<Territory> own) {
        return places.namedIn(Terms.ofQuestion(text)).stream().filter(named -> !own.contains(named)).findFirst();
    }

    private Places places() {
        return cache(INDEXES).get("#places", () -> new Places(territories.all()));
    }

    /** The territory itself and, for a municipality, its region. */
    private List<Territory> scope(Territory territory) {
        List<Territory> scope = new ArrayList<>();
        scope.add(territory);
        if (territory.parentId() != null) {
            territories.find(territory.parentId()).ifPresent(scope::add);
        }
        return scope;
    }

    private ItemIndex index(List<Territory> scope, YearChoice years) {
        String key = String.join(",", scope.stream().map(t -> t.id() + "@" + years.of(t.id())).toList());
        return cache(INDEXES).get(key, () -> new ItemIndex(items(scope, years)));
    }

    private List<ScopeItem> items(List<Territory> scope, YearChoice years) {
        List<ScopeItem> items = new ArrayList<>();
        for (Territory territory : scope) {
            for (StoredRoadmap roadmap : roadmaps.ofTerritory(territory.id())) {
                if (roadmap.year() != years.of(territory.id())) {
                    continue;
                }
                for (RoadmapItem item : roadmap.items()) {
                    items.add(new ScopeItem(territory.id(), roadmap.year(), item,
                            TerritoryItems.source(territory.name(), roadmap.year(), item.number())));
                }
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** "Дубовского района и Ростовской области". */
    private static String scopeName(List<Territory> scope) {
        return String.join(" и ", scope.stream().map(t -> Genitive.of(t.name())).toList());
    }

    private Cache cache(String name) {
        Cache cache = caches.getCache(name);
        if (cache == null) {
            throw new IllegalStateException("cache " + name + " is not configured");
        }
        return cache;
    }
}

package ru.hotline500.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

    private final Roadmaps roadmaps;
    private final Territories territories;
    private final Clock clock;
    private final CacheManager caches;
    private final AnswerEngine engine = new AnswerEngine();

    DeadlineAnswers(Roadmaps roadmaps, Territories territories, Clock clock, CacheManager caches) {
        this.roadmaps = roadmaps;
        this.territories = territories;
        this.clock = clock;
        this.caches = caches;
    }

    /** @throws ru.hotline500.territory.UnknownTerritoryException when the asker's territory is not known */
    public Answer answer(Question question) {
        Territory asker = territories.get(question.territoryId());
        LocalDate today = question.today() != null ? question.today() : LocalDate.now(clock.withZone(asker.timeZone()));
        String key = asker.id() + "|" + question.aboutTerritoryId() + "|" + today + "|"
                + Synonyms.fold(question.text()).strip().replaceAll("\\s+", " ");
        return cache(ANSWERS).get(key, () -> answer(question.text(), asker, question.aboutTerritoryId(), today));
    }

    /** The territory a message names, other than the asker's own (a follow-up "а в Кизлярском?"). */
    public Optional<String> territoryNamedIn(String text, String askerId) {
        List<Territory> own = scope(territories.get(askerId));
        return places().namedIn(Terms.ofQuestion(MessageFocus.of(text).question())).stream()
                .filter(named -> !own.contains(named)).findFirst().map(Territory::id);
    }

    /** Terms of every territory's name: a follow-up that names only a place keeps the topic of the question before. */
    public List<String> placeTerms() {
        return List.copyOf(places().terms());
    }

    private Answer answer(String text, Territory asker, String aboutId, LocalDate today) {
        Optional<SmallTalk.Kind> talk = SmallTalk.of(text);
        if (talk.isPresent()) {
            return Answer.smallTalk(SmallTalk.reply(talk.get()));
        }
        MessageFocus focus = MessageFocus.of(text);
        if (focus.introductionOnly()) {
            return Answer.smallTalk(SmallTalk.reply(SmallTalk.Kind.GREETING));
        }
        Places places = places();
        List<String> words = Terms.ofQuestion(focus.question());
        List<Territory> own = scope(asker);
        Territory target = aboutId != null ? territories.get(aboutId)
                : places.namedIn(words).stream().filter(named -> !own.contains(named)).findFirst().orElse(asker);
        List<Territory> scope = target == asker ? own : scope(target);
        YearChoice years = YearChoice.of(scope, territory -> roadmaps.ofTerritory(territory.id()), today, focus.question());
        Answer answer = engine.answer(focus.timeText(), words, Names.in(focus.question()), today, index(scope, years),
                scopeName(scope), places.terms());
        return answer.chat() ? answer : answer.withNote(years.note(today));
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

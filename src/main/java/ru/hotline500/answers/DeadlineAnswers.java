package ru.hotline500.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        List<Territory> own = scope(asker);
        String key = asker.id() + "|" + today + "|" + Synonyms.fold(question.text()).strip().replaceAll("\\s+", " ");
        return cache(ANSWERS).get(key, () -> {
            Places places = places();
            List<String> words = Terms.ofQuestion(question.text());
            Territory target = places.namedIn(words).filter(named -> !own.contains(named)).orElse(asker);
            List<Territory> scope = target == asker ? own : scope(target);
            return engine.answer(question.text(), words, today, index(scope), scopeName(scope), places.terms());
        });
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

    private ItemIndex index(List<Territory> scope) {
        String key = String.join(",", scope.stream().map(Territory::id).toList());
        return cache(INDEXES).get(key, () -> new ItemIndex(items(scope)));
    }

    private List<ScopeItem> items(List<Territory> scope) {
        List<ScopeItem> items = new ArrayList<>();
        for (Territory territory : scope) {
            for (StoredRoadmap roadmap : roadmaps.ofTerritory(territory.id())) {
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

package ru.hotline500.answers;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/**
 * The territories' names as stemmed terms, built once (and again after an import) rather than per question:
 * to find a territory a question names, and to keep place names from counting as the topic of a question.
 */
final class Places {

    private final Map<Territory, List<String>> names;
    private final Set<String> terms;

    Places(List<Territory> territories) {
        this.names = territories.stream().collect(Collectors.toMap(t -> t, t -> Terms.of(t.name())));
        Set<String> all = new HashSet<>();
        names.values().forEach(all::addAll);
        this.terms = Collections.unmodifiableSet(all);
    }

    /** Every term that is part of some territory's name: "сахалинск", "област", "район". */
    Set<String> terms() {
        return terms;
    }

    /**
     * A word names a territory when it is the distinctive (first) word of its name, in any form: "на Сахалине"
     * and "Сахалинская", "в Кизляре" and "Кизлярский".
     */
    private static boolean sameName(String word, String name) {
        int common = EditDistance.commonPrefix(word, name);
        return common >= 5 && word.length() - common <= 3 && name.length() - common <= 3;
    }

    /** The territories the question (its {@link Terms#ofQuestion terms}) names, municipalities before regions. */
    List<Territory> namedIn(List<String> words) {
        return names.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && words.stream().anyMatch(word -> sameName(word, e.getValue().get(0))))
                .map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing((Territory t) -> t.kind() != TerritoryKind.MUNICIPALITY).thenComparing(Territory::id))
                .toList();
    }
}

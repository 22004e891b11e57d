package ru.hotline500.answers;

import java.util.List;

/**
 * The root a verb and its action noun share after stemming: "создават" and "создан" are both "созда",
 * "назначут" and "назначен" both "назнач", "подготов" and "подготовк" both "подготов". A question says "когда
 * создавать", the roadmap "Создание"; the root lets one find the other.
 */
final class Roots {

    /** Endings of verbs and of nouns made of verbs, as the light stemmer leaves them; the longest is taken off. */
    private static final List<String> ENDINGS = List.of("ироват", "ыват", "иват", "оват", "еват", "ават", "ват", "ени",
            "ани", "ен", "ан", "ает", "яет", "ует", "ат", "ят", "ит", "ет", "ут", "ют", "ил", "ал", "ял", "ел", "ов", "к", "т");
    private static final int SHORTEST_ROOT = 4;

    private Roots() {
    }

    static String of(String word) {
        String stem = word.endsWith("тс") ? word.substring(0, word.length() - 1) : word;
        for (String ending : ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= SHORTEST_ROOT) {
                return stem.substring(0, stem.length() - ending.length());
            }
        }
        return stem;
    }
}

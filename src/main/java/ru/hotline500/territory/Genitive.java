package ru.hotline500.territory;

import java.util.ArrayList;
import java.util.List;

/**
 * Territory names in the genitive case, for "Дорожная карта Дубовского района": the usual forms of Russian
 * regions and districts (adjective + район/область/край/округ, Республика X).
 */
public final class Genitive {

    private Genitive() {
    }

    public static String of(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split(" ")) {
            words.add(word(word));
        }
        return String.join(" ", words);
    }

    private static String word(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("ский") || lower.endsWith("цкий")) {
            return cut(word, 2) + "ого";
        }
        if (lower.endsWith("ская") || lower.endsWith("цкая") || lower.endsWith("ная")) {
            return cut(word, 2) + "ой";
        }
        if (lower.endsWith("ный") || lower.endsWith("ной")) {
            return cut(word, 2) + "ого";
        }
        if (lower.equals("район") || lower.equals("округ") || lower.equals("город")) {
            return word + "а";
        }
        if (lower.equals("край")) {
            return cut(word, 1) + "я";
        }
        if (lower.equals("область")) {
            return cut(word, 1) + "и";
        }
        if (lower.equals("республика")) {
            return cut(word, 1) + "и";
        }
        return word;
    }

    private static String cut(String word, int letters) {
        return word.substring(0, word.length() - letters);
    }
}

package ru.hotline500.roadmap.deadline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Russian month names in every case, plus the usual abbreviations, mapped to month numbers. */
final class MonthNames {

    private static final Map<String, Integer> FORMS = buildForms();

    /** Any known form as a whole word, longest first so that "сентября" is preferred to "сент". */
    static final String REGEX = FORMS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|", "(?:", ")\\.?(?![а-я])"));

    private MonthNames() {
    }

    /** Month number 1-12 of a form matched by {@link #REGEX}; 0 when the word is not a month. */
    static int month(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return FORMS.getOrDefault(bare, 0);
    }

    static Set<String> forms() {
        return FORMS.keySet();
    }

    private static Map<String, Integer> buildForms() {
        Map<String, Integer> forms = new HashMap<>();
        String[] softStems = {"январ", "феврал", null, "апрел", null, "июн", "июл", null, "сентябр", "октябр",
                "ноябр", "декабр"};
        for (int month = 1; month <= 12; month++) {
            if (softStems[month - 1] != null) {
                addEndings(forms, month, softStems[month - 1], "ь", "я", "е", "ю", "ем");
            }
        }
        addEndings(forms, 3, "март", "", "а", "е", "у", "ом");
        addEndings(forms, 5, "ма", "й", "я", "е", "ю", "ем");
        addEndings(forms, 8, "август", "", "а", "е", "у", "ом");
        String[][] abbreviations = {{"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {}, {"июн"}, {"июл"}, {"авг"},
                {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}};
        for (int month = 1; month <= 12; month++) {
            addEndings(forms, month, "", abbreviations[month - 1]);
        }
        return Map.copyOf(forms);
    }

    private static void addEndings(Map<String, Integer> forms, int month, String stem, String... endings) {
        for (String ending : endings) {
            forms.put(stem + ending, month);
        }
    }
}

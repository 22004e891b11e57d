package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.hotline500.roadmap.StoredRoadmap;
import ru.hotline500.territory.Territory;

/**
 * Which year's roadmap answers, per territory of the scope: the year the question names when there is a roadmap of
 * it, else the year of today, else the nearest earlier year, else the earliest one — never a later year's roadmap
 * when today's year has its own.
 *
 * @param years     the chosen year by territory id (absent: the territory has no roadmap)
 * @param shownYear the year of the first territory of the scope that has a roadmap, or 0
 */
record YearChoice(Map<String, Integer> years, int shownYear, boolean named) {

    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

    static YearChoice of(List<Territory> scope, Function<Territory, List<StoredRoadmap>> roadmaps, LocalDate today, String question) {
        Matcher matcher = YEAR.matcher(question);
        int asked = matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        Map<String, Integer> years = new HashMap<>();
        int shown = 0;
        boolean named = false;
        for (Territory territory : scope) {
            List<Integer> available = roadmaps.apply(territory).stream().map(StoredRoadmap::year).distinct().sorted().toList();
            if (available.isEmpty()) {
                continue;
            }
            int year = available.contains(asked) ? asked : best(available, today.getYear());
            years.put(territory.id(), year);
            if (shown == 0) {
                shown = year;
                named = year == asked;
            }
        }
        return new YearChoice(Map.copyOf(years), shown, named);
    }

    private static int best(List<Integer> available, int current) {
        return available.stream().filter(y -> y <= current).max(Comparator.naturalOrder())
                .orElseGet(() -> available.get(0));
    }

    int of(String territoryId) {
        return years.getOrDefault(territoryId, 0);
    }

    /** «Дорожной карты на 2026 год пока нет; отвечаю по карте 2022 года.» when the answer is not from today's year. */
    String note(LocalDate today) {
        if (shownYear == 0 || shownYear == today.getYear() || named) {
            return "";
        }
        return "Дорожной карты на " + today.getYear() + " год " + (shownYear < today.getYear() ? "пока " : "") + "нет; отвечаю по карте "
                + shownYear + " года.";
    }
}

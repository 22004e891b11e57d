package ru.hotline500.roadmap.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.hotline500.roadmap.RoadmapRejectedException;
import ru.hotline500.roadmap.deadline.DeadlineParser;

/**
 * Finds a roadmap's year: the one given, else the one its title names ("на 2022 год", "в 2021 году"),
 * else the year most of its deadlines name. Refuses to guess when none of these says it.
 */
final class YearFinder {

    private static final Pattern TITLE_YEAR = Pattern.compile("(?:на|в)\\s+(20\\d\\d)(?!\\d)\\s*(?:г|год|году)?", Pattern.CASE_INSENSITIVE);

    private final DeadlineParser deadlines;

    YearFinder(DeadlineParser deadlines) {
        this.deadlines = deadlines;
    }

    int find(Integer given, String title, List<String> deadlineTexts) {
        if (given != null) {
            return given;
        }
        return fromTitle(title).or(() -> fromDeadlines(deadlineTexts)).orElseThrow(() -> new RoadmapRejectedException(
                "Не удалось определить год дорожной карты: ни в заголовке, ни в сроках он не указан. "
                        + "Укажите год явно, например: --year 2021."));
    }

    private static Optional<Integer> fromTitle(String title) {
        Matcher matcher = TITLE_YEAR.matcher(title == null ? "" : title);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** The year named most often; none when two years are named equally often. */
    private Optional<Integer> fromDeadlines(List<String> texts) {
        Map<Integer, Long> counts = texts.stream()
                .flatMap(text -> deadlines.yearsIn(text).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long top = counts.values().stream().max(Long::compare).orElse(0L);
        List<Integer> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }
}

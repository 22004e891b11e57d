package ru.hotline500.telegram.groups;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "вторник 10:30", "пт 9:00", "среда 8.15": a weekday and a time of day as people write them. */
final class DigestTimes {

    /** A chosen day and time of the week. */
    record WeeklyTime(DayOfWeek day, LocalTime time) {
    }

    private static final Pattern FORM = Pattern.compile("([а-яё]+)\\s+(?:в\\s+)?(\\d{1,2})[:.](\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("пн", DayOfWeek.MONDAY), Map.entry("понедельник", DayOfWeek.MONDAY),
            Map.entry("вт", DayOfWeek.TUESDAY), Map.entry("вторник", DayOfWeek.TUESDAY), Map.entry("ср", DayOfWeek.WEDNESDAY),
            Map.entry("среда", DayOfWeek.WEDNESDAY), Map.entry("чт", DayOfWeek.THURSDAY), Map.entry("четверг", DayOfWeek.THURSDAY),
            Map.entry("пт", DayOfWeek.FRIDAY), Map.entry("пятница", DayOfWeek.FRIDAY), Map.entry("сб", DayOfWeek.SATURDAY),
            Map.entry("суббота", DayOfWeek.SATURDAY), Map.entry("вс", DayOfWeek.SUNDAY), Map.entry("воскресенье", DayOfWeek.SUNDAY));

    private DigestTimes() {
    }

    static Optional<WeeklyTime> parse(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip());
        if (!m.matches() || !DAYS.containsKey(m.group(1))) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        return hour < 24 && minute < 60 ? Optional.of(new WeeklyTime(DAYS.get(m.group(1)), LocalTime.of(hour, minute))) : Optional.empty();
    }
}

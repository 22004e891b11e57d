package ru.hotline500.visits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed by a person: "сегодня", "вчера", "позавчера", "завтра", "12.03", "12.03.2021", "12/03/21", "12 марта",
 * "12 марта 2021". Without a year, a visit's date is this year's day, or last year's when that was within the last
 * three months (so that a future day is refused rather than silently moved a year back); a plan's is the nearest
 * such day from today on.
 */
public final class VisitDates {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./\\-](\\d{1,2})(?:[./\\-](\\d{2}|\\d{4}))?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+([а-яё]+)(?:\\s+(\\d{4}))?");
    private static final List<String> MONTH_STEMS = List.of("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт",
            "ноя", "дек");

    /** "28.12" typed in January is last December; "12.05" typed in April is this May (and so in the future). */
    private static final int RECENT_DAYS = 92;

    private VisitDates() {
    }

    /** The day of a visit that has happened. */
    public static Optional<LocalDate> past(String text, LocalDate today) {
        return parse(text, today, false);
    }

    /** The day of a planned visit. */
    public static Optional<LocalDate> future(String text, LocalDate today) {
        return parse(text, today, true);
    }

    private static Optional<LocalDate> parse(String text, LocalDate today, boolean ahead) {
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").replaceAll("[\\s.,!]+$", "").strip();
        switch (t.replaceFirst("^(на |в )", "")) {
            case "сегодня": return Optional.of(today);
            case "вчера": return Optional.of(today.minusDays(1));
            case "позавчера": return Optional.of(today.minusDays(2));
            case "завтра": return Optional.of(today.plusDays(1));
            case "послезавтра": return Optional.of(today.plusDays(2));
            default: break;
        }
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            return date(numeric.group(1), Integer.parseInt(numeric.group(2)), numeric.group(3), today, ahead);
        }
        Matcher words = WORDS.matcher(t.replaceFirst(" г(од[а]?)?$", ""));
        if (words.matches()) {
            int month = month(words.group(2));
            return month == 0 ? Optional.empty() : date(words.group(1), month, words.group(3), today, ahead);
        }
        return Optional.empty();
    }

    private static int month(String word) {
        for (int i = 0; i < MONTH_STEMS.size(); i++) {
            String stem = MONTH_STEMS.get(i);
            boolean may = i == 4 && (word.equals("мая") || word.equals("май"));
            if (may || (i != 4 && word.startsWith(stem))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String day, int month, String year, LocalDate today, boolean ahead) {
        try {
            MonthDay monthDay = MonthDay.of(month, Integer.parseInt(day));
            if (year != null) {
                int y = Integer.parseInt(year) < 100 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
                return monthDay.isValidYear(y) ? Optional.of(monthDay.atYear(y)) : Optional.empty();
            }
            LocalDate thisYear = monthDay.atYear(today.getYear());
            int y = ahead ? (thisYear.isBefore(today) ? today.getYear() + 1 : today.getYear())
                    : (thisYear.isAfter(today) && !thisYear.minusYears(1).isBefore(today.minusDays(RECENT_DAYS)) ? today.getYear() - 1 : today.getYear());
            return monthDay.isValidYear(y) ? Optional.of(monthDay.atYear(y)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

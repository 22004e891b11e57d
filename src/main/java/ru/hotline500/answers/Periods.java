package ru.hotline500.answers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named periods longer than a month: seasons ("летом"), quarters ("в первом квартале"), half-years ("в этом
 * полугодии") and ranges of months ("июнь–август", "с июня по август"). Without a year, a period is the one that
 * contains today, else the coming one, or the last one when the question speaks of the past.
 */
final class Periods {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern SEASON = Pattern.compile(
            "\\b(летом|лето|летн(ий|ие|юю|ее|их)\\s+(период|месяц)\\S*|[ао]сенью|[ао]сень|зимой|зима|зимн(ий|ие)\\s+(период|месяц)\\S*"
                    + "|весной|весна)\\b", FLAGS);
    private static final Pattern QUARTER = Pattern.compile(
            "\\b(перв\\S*|1|i|втор\\S*|2|ii|трет\\S*|3|iii|четв[её]рт\\S*|4|iv|эт(ом|от)|текущ\\S*)(-?(й|м|ом|ый|го))?\\s+(квартал|кв)\\S*", FLAGS);
    private static final Pattern END_OF_QUARTER = Pattern.compile("\\bдо\\s+конца\\s+(квартала|кв)\\b", FLAGS);
    private static final Pattern HALF = Pattern.compile(
            "\\b(перв\\S*|1|втор\\S*|2|эт(ом|от)|текущ\\S*)(-?(й|м|ом|ое|го))?\\s+(полугоди\\S*|половин\\S*\\s+года)|\\bдо\\s+конца\\s+полугодия\\b", FLAGS);
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "\\b(?:с\\s+)?(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*"
                    + "\\s*(?:[-–—]|по|до)\\s*(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*", FLAGS);
    private static final String[] STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
            "октябр", "ноябр", "декабр"};
    private static final String[] MONTHS_PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};

    private Periods() {
    }

    static Optional<TimeIntent> of(String text, LocalDate today, boolean past) {
        return monthRange(text, today, past).or(() -> season(text, today, past)).or(() -> quarter(text, today, past))
                .or(() -> half(text, today, past));
    }

    private static Optional<TimeIntent> season(String text, LocalDate today, boolean past) {
        Matcher matcher = SEASON.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String word = matcher.group(1);
        if (word.startsWith("лет")) {
            return Optional.of(around(6, 3, today, past, "летом"));
        }
        if (word.startsWith("осен") || word.startsWith("асен")) {
            return Optional.of(around(9, 3, today, past, "осенью"));
        }
        if (word.startsWith("зим")) {
            return Optional.of(around(12, 3, today, past, "зимой"));
        }
        return Optional.of(around(3, 3, today, past, "весной"));
    }

    private static Optional<TimeIntent> quarter(String text, LocalDate today, boolean past) {
        int current = (today.getMonthValue() - 1) / 3 + 1;
        if (END_OF_QUARTER.matcher(text).find()) {
            return Optional.of(TimeIntent.window(new DateRange(today, YearMonth.of(today.getYear(), current * 3).atEndOfMonth()),
                    "до конца квартала"));
        }
        Matcher matcher = QUARTER.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int number = ordinal(matcher.group(1), current);
        if (number < 1 || number > 4) {
            return Optional.empty();
        }
        TimeIntent intent = around(number * 3 - 2, 3, today, past, "");
        return Optional.of(TimeIntent.window(intent.range(), "в " + number + "-м квартале " + intent.range().from().getYear()));
    }

    private static Optional<TimeIntent> half(String text, LocalDate today, boolean past) {
        Matcher matcher = HALF.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int current = today.getMonthValue() <= 6 ? 1 : 2;
        if (matcher.group(1) == null) {
            return Optional.of(TimeIntent.window(new DateRange(today, YearMonth.of(today.getYear(), current * 6).atEndOfMonth()),
                    "до конца полугодия"));
        }
        int number = ordinal(matcher.group(1), current);
        if (number < 1 || number > 2) {
            return Optional.empty();
        }
        TimeIntent intent = around(number * 6 - 5, 6, today, past, "");
        return Optional.of(TimeIntent.window(intent.range(), "в " + (number == 1 ? "первом" : "втором") + " полугодии "
                + intent.range().from().getYear()));
    }

    private static Optional<TimeIntent> monthRange(String text, LocalDate today, boolean past) {
        Matcher matcher = MONTH_RANGE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = month(matcher.group(1));
        int last = month(matcher.group(2));
        int length = (last - first + 12) % 12 + 1;
        if (length < 2) {
            return Optional.empty();
        }
        TimeIntent intent = around(first, length, today, past, "");
        return Optional.of(TimeIntent.window(intent.range(), "в " + MONTHS_PREPOSITIONAL[first - 1] + " – "
                + MONTHS_PREPOSITIONAL[last - 1] + " " + intent.range().to().getYear()));
    }

    /** The period of {@code length} months from {@code firstMonth}: the one with today in it, or the next, or the last. */
    private static TimeIntent around(int firstMonth, int length, LocalDate today, boolean past, String wording) {
        YearMonth start = YearMonth.of(today.getYear(), firstMonth);
        if (start.plusMonths(length - 1L).atEndOfMonth().isBefore(today) && !past) {
            start = start.plusYears(1);
        } else if (start.atDay(1).isAfter(today) && (past || start.minusYears(1).plusMonths(length - 1L).atEndOfMonth().isAfter(today))) {
            start = start.minusYears(1);
        }
        DateRange range = new DateRange(start.atDay(1), start.plusMonths(length - 1L).atEndOfMonth());
        return TimeIntent.window(range, wording.isEmpty() ? wording : wording + " " + range.to().getYear());
    }

    private static int ordinal(String word, int current) {
        if (word.startsWith("эт") || word.startsWith("текущ")) {
            return current;
        }
        return switch (word.replaceAll("\\P{L}", "").isEmpty() ? word : word.substring(0, Math.min(3, word.length()))) {
            case "1", "i", "пер" -> 1;
            case "2", "ii", "вто" -> 2;
            case "3", "iii", "тре" -> 3;
            case "4", "iv", "чет" -> 4;
            default -> 0;
        };
    }

    private static int month(String stem) {
        for (int m = 0; m < STEMS.length; m++) {
            if (stem.startsWith(STEMS[m])) {
                return m + 1;
            }
        }
        return 0;
    }
}

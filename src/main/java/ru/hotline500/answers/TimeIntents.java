package ru.hotline500.answers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.hotline500.roadmap.Windows;

/** Reads the time a question asks about, relative to the asker's today. */
final class TimeIntents {

    /** Month names, not the adjectives made of them: "августовская конференция" is an event, not a month. */
    private static final List<Pattern> MONTHS = List.of("январ(?!\\S*ск)\\S*", "феврал(?!\\S*ск)\\S*", "март(?!\\S*ск)\\S*",
            "апрел(?!\\S*ск)\\S*", "ма[йяе]", "июн(?!\\S*ск)\\S*", "июл(?!\\S*ск)\\S*", "август(?!\\S*ск)\\S*",
            "сентябр(?!\\S*ск)\\S*", "октябр(?!\\S*ск)\\S*", "ноябр(?!\\S*ск)\\S*", "декабр(?!\\S*ск)\\S*").stream()
            .map(m -> Pattern.compile("\\b(" + m + ")\\b(?:\\s+(20\\d\\d))?", Pattern.UNICODE_CHARACTER_CLASS)).toList();
    private static final Pattern UNTIL_DAY = Pattern.compile("\\bдо\\s+(\\d{1,2})(?:-?го)?\\s+(\\S+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PAST = Pattern.compile("\\b(был[аио]?|прошл\\S*|сдавали|проводил\\S*|прошедш\\S*|пропустил\\S*)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Deadlines of the next days: "что горит", "что срочно", "что на носу". */
    private static final Pattern URGENT = Pattern.compile(
            "\\bгор(ит|ят|ящ\\S*)\\b|\\bсрочн\\S*|на\\s+носу|в\\s+ближайшие\\s+(дни|несколько\\s+дней|\\d+\\s+дн\\S*)|\\bгорячее\\b|что\\s+поджимает",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * «до 4 февраля это точно?», «правда, что до 15 мая?»: a day someone told, to be checked against the roadmap —
     * the question is about the thing it is the term of, not about the days until then.
     */
    private static final Pattern CHECKED = Pattern.compile(
            "\\bэто\\s+(точно|верно|правда|правильно)\\b|\\b(точно|верно|правильно)\\s*\\?|\\bправда\\s*,?\\s*что\\b|\\bверно\\s+ли\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DAY = Pattern.compile(
            "\\b\\d{1,2}(-?го)?\\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*|\\b\\d{1,2}\\.\\d{1,2}\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A quoted passage of three words or more: a letter or a chat message pasted into the question. */
    private static final Pattern QUOTED = Pattern.compile(
            "«[^»]*?\\s[^»]*?\\s[^»]*»|\"[^\"]*?\\s[^\"]*?\\s[^\"]*\"|“[^”]*?\\s[^”]*?\\s[^”]*”");
    /** "мы опоздали с …? он до 1 апреля был?": whether one thing is late; the date told is its term, not a period. */
    private static final Pattern LATE = Pattern.compile("опозда\\S*|опаздыва\\S*|не\\s+успе\\S*|проспал\\S*|прозевал\\S*",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    /** Every window ended before today: "что просрочено", "что мы пропустили", "что должно было быть сделано". */
    private static final Pattern OVERDUE = Pattern.compile(
            "просроч\\S*|не\\s+успел\\S*|пропустил\\S*|упустил\\S*|опоздал\\S*|опоздани\\S*|проспал\\S*|прозевал\\S*|должн\\S*\\s+был\\S*|"
                    + "к\\s+сегодняшнему|на\\s+сегодняшний\\s+день\\s+уже|уже\\s+прош(ло|ли|ел)|сроки?\\s+(уже\\s+)?(прош(ли|ло|ел)|истек\\S*|вышл\\S*)"
                    + "|что\\s+(мы\\s+)?(уже\\s+)?прошло|хвост\\S*|задолженност\\S*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NEAREST = Pattern.compile("ближай[шщ]\\S*|следующ\\S*\\s+(срок|дедлайн|пункт)\\S*|что\\s+дальше|на\\s+очереди", Pattern.UNICODE_CHARACTER_CLASS);
    /** "сегодня уже 3 июня": the asker tells the day it is, not the period asked about. */
    private static final Pattern TODAY_TOLD = Pattern.compile(
            "\\bсегодня\\s+(уже\\s+|у\\s+нас\\s+|ведь\\s+)?(\\d{1,2}(-?е|-?го)?\\s+(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*(\\s+20\\d\\d)?"
                    + "|\\d{1,2}\\.\\d{1,2}(\\.(20)?\\d\\d)?)"
                    + "|\\b(уже|ведь|на\\s+дворе)\\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*(?=\\s*[!?.,😡]|\\s*$)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String[] MONTH_NAMES = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
            "сентябре", "октябре", "ноябре", "декабре"};

    /** Every phrase of time this class reads, to take the period out of a question and put another in. */
    private static final Pattern ANY_TIME = Pattern.compile(
            "(на|в|во)?\\s*(эт\\S*|следующ\\S*|след|прошл\\S*|прошедш\\S*|текущ\\S*|ближайш\\S*)\\s+(недел\\S*|месяц\\S*|квартал\\S*|полугоди\\S*|году|год|дни)"
                    + "|(до|к)\\s+конц\\S*\\s+(месяца|года|квартала|полугодия)|\\b(сегодня|завтра)\\b|\\bдо\\s+\\d{1,2}(-?го)?\\s+\\S+"
                    + "|\\b(летом|лето|осенью|осень|зимой|зима|весной|весна)\\b|\\b(в|во)?\\s*\\S+\\s+(квартал|полугоди)\\S*|\\b(в|во)?\\s*\\S+\\s+половин\\S*\\s+года"
                    + "|\\b(в|с|по|до)?\\s*(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)(?!\\S*ск)\\S*(\\s+20\\d\\d)?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private TimeIntents() {
    }

    static String withoutTime(String question) {
        String text = TODAY_TOLD.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
        text = URGENT.matcher(text).replaceAll(" ");
        text = OVERDUE.matcher(text).replaceAll(" ");
        text = NEAREST.matcher(text).replaceAll(" ");
        return ANY_TIME.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The message without the words it quotes: «Школам срочно разместить документы!» это до когда? asks about the
     * thing quoted, and the quote's «срочно» or «к концу месяца» is someone else's, not the period asked about.
     */
    private static String unquoted(String question) {
        String outside = QUOTED.matcher(question).replaceAll(" ");
        return outside.matches("(?s).*\\p{L}.*") ? outside : question;
    }

    /** «сильно опоздали?», «не успеваем?»: whether one thing is late, not the list of what is. */
    static boolean asksIfLate(String question) {
        return LATE.matcher(question).find();
    }

    static TimeIntent of(String question, LocalDate today) {
        String text = TODAY_TOLD.matcher(unquoted(question).toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
        if (CHECKED.matcher(text).find() && DAY.matcher(text).find()) {
            return TimeIntent.NONE;
        }
        if (URGENT.matcher(text).find()) {
            return new TimeIntent(TimeIntent.Kind.URGENT, new DateRange(today, today.plusDays(Windows.URGENT_DAYS)),
                    "в ближайшие " + Windows.URGENT_DAYS + " дней");
        }
        boolean past = PAST.matcher(text).find();
        TimeIntent month = month(text, today, past);
        if (OVERDUE.matcher(text).find() && (month == TimeIntent.NONE || LATE.matcher(text).find())) {
            return new TimeIntent(TimeIntent.Kind.OVERDUE, null, "");
        }
        TimeIntent relative = relative(text, today);
        if (relative != TimeIntent.NONE) {
            return relative;
        }
        Optional<TimeIntent> period = Periods.of(text, today, past);
        if (period.isPresent()) {
            return period.get();
        }
        if (month != TimeIntent.NONE) {
            return month;
        }
        return NEAREST.matcher(text).find() ? new TimeIntent(TimeIntent.Kind.NEAREST, null, "") : TimeIntent.NONE;
    }

    private static TimeIntent relative(String text, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (text.contains("следующей неделе") || text.contains("след неделе")) {
            return TimeIntent.window(new DateRange(monday.plusWeeks(1), monday.plusWeeks(1).plusDays(6)), "на следующей неделе");
        }
        if (text.contains("прошлой неделе") || text.contains("прошлую неделю") || text.contains("прошедшей неделе")) {
            return TimeIntent.window(new DateRange(monday.minusWeeks(1), monday.minusDays(1)), "на прошлой неделе");
        }
        if (text.contains("этой неделе") || text.contains("на неделе") || text.contains("эту неделю")) {
            return TimeIntent.window(new DateRange(monday, monday.plusDays(6)), "на этой неделе");
        }
        if (text.contains("до конца месяца")) {
            return TimeIntent.window(new DateRange(today, YearMonth.from(today).atEndOfMonth()), "до конца месяца");
        }
        if (text.contains("этом месяце") || text.contains("этот месяц")) {
            return monthWindow(YearMonth.from(today), "в этом месяце");
        }
        if (text.contains("следующем месяце") || text.contains("следующий месяц")) {
            return monthWindow(YearMonth.from(today).plusMonths(1), "в следующем месяце");
        }
        if (text.contains("прошлом месяце") || text.contains("прошлый месяц")) {
            return monthWindow(YearMonth.from(today).minusMonths(1), "в прошлом месяце");
        }
        if (text.contains("до конца года")) {
            return TimeIntent.window(new DateRange(today, today.withDayOfYear(today.lengthOfYear())), "до конца года");
        }
        if (text.matches("(?s).*\\bсегодня\\b.*")) {
            return TimeIntent.window(new DateRange(today, today), "сегодня");
        }
        if (text.matches("(?s).*\\bзавтра\\b.*")) {
            return TimeIntent.window(new DateRange(today.plusDays(1), today.plusDays(1)), "завтра");
        }
        return untilDay(text, today);
    }

    /** "что сдать до 15 мая": from today to that day. */
    private static TimeIntent untilDay(String text, LocalDate today) {
        Matcher matcher = UNTIL_DAY.matcher(text);
        while (matcher.find()) {
            int month = monthOf(matcher.group(2));
            int day = Integer.parseInt(matcher.group(1));
            if (month > 0 && day >= 1 && day <= YearMonth.of(today.getYear(), month).lengthOfMonth()) {
                LocalDate end = LocalDate.of(today.getYear(), month, day);
                end = end.isBefore(today) ? end.plusYears(1) : end;
                return TimeIntent.window(new DateRange(today, end), "до " + day + " " + RussianDates.monthGenitive(month));
            }
        }
        return TimeIntent.NONE;
    }

    private static TimeIntent month(String text, LocalDate today, boolean past) {
        for (int m = 0; m < MONTHS.size(); m++) {
            Matcher matcher = MONTHS.get(m).matcher(text);
            if (matcher.find()) {
                int year = matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : yearOf(m + 1, today, past);
                YearMonth month = YearMonth.of(year, m + 1);
                return monthWindow(month, "в " + MONTH_NAMES[m] + " " + year);
            }
        }
        return TimeIntent.NONE;
    }

    /** Without a year, a month is the coming one, or the last one when the question speaks of the past. */
    private static int yearOf(int month, LocalDate today, boolean past) {
        int current = today.getMonthValue();
        if (past) {
            return month <= current ? today.getYear() : today.getYear() - 1;
        }
        return month >= current ? today.getYear() : today.getYear() + 1;
    }

    private static TimeIntent monthWindow(YearMonth month, String wording) {
        return TimeIntent.window(new DateRange(month.atDay(1), month.atEndOfMonth()), wording);
    }

    private static int monthOf(String word) {
        for (int m = 0; m < MONTHS.size(); m++) {
            if (MONTHS.get(m).matcher(word).lookingAt()) {
                return m + 1;
            }
        }
        return 0;
    }
}

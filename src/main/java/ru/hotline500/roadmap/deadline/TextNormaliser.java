package ru.hotline500.roadmap.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings a deadline cell to one spelling so that the recognisers can stay strict: lower case, ё as е,
 * one kind of dash, single spaces, stray spaces inside years and words removed, "г."/"года" after a
 * year dropped.
 */
final class TextNormaliser {

    private static final Pattern DASHES = Pattern.compile("[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    private static final Pattern SPACED_SEPARATOR = Pattern.compile(" ?([-/]) ?");
    /** Two digit groups that may be one year typed with a stray space ("202 2"). */
    private static final Pattern SPLIT_NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,3}) (\\d{1,3})(?![\\d.])");
    /** "май2021", "15мая"; a short ending as in "1й" stays attached to its number. */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[а-я])(?=\\d)|(?<=\\d)(?=[а-я]{3})");
    private static final Pattern YEAR_WORD = Pattern.compile("(20\\d\\d) ?(?:гг|г|года|году|год)\\.?(?![а-я])");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[ .,;:]+|[ .,;:]+$");

    /** Words the recognisers know; a split word is rejoined only when the halves rebuild one of these. */
    private static final Set<String> VOCABULARY = Stream.concat(MonthNames.forms().stream(), Stream.of(
            "на", "постоянной", "постоянно", "основе", "с", "по", "до", "не", "позднее", "позже", "в", "и",
            "течение", "течении", "года", "учебного", "учебный", "учебном", "году", "ежемесячно",
            "ежеквартально", "еженедельно", "числа", "каждого", "месяца", "отдельному", "графику", "согласно",
            "плану", "квартал", "кварталы", "квартала", "полугодие", "полугодия", "декада", "декады",
            "первое", "первая", "второе", "вторая", "третья"))
            .collect(Collectors.toUnmodifiableSet());

    private TextNormaliser() {
    }

    static String normalise(String text) {
        String result = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        result = DASHES.matcher(result).replaceAll("-");
        result = SPACES.matcher(result).replaceAll(" ").trim();
        result = SPACED_SEPARATOR.matcher(result).replaceAll("$1");
        result = joinSplitYears(result);
        result = LETTER_DIGIT.matcher(result).replaceAll(" ");
        result = YEAR_WORD.matcher(result).replaceAll("$1");
        result = EDGE_PUNCTUATION.matcher(result).replaceAll("");
        return joinSplitWords(result);
    }

    private static String joinSplitYears(String text) {
        Matcher matcher = SPLIT_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String joined = matcher.group(1) + matcher.group(2);
            boolean year = joined.length() == 4 && joined.startsWith("20");
            matcher.appendReplacement(out, year ? joined : "$0");
        }
        return matcher.appendTail(out).toString();
    }

    private static String joinSplitWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            int last = words.size() - 1;
            if (last >= 0 && isOneWord(words.get(last), word)) {
                words.set(last, words.get(last) + word);
            } else {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** "постоянно" + "й": together a known word, while at least one half is not a word by itself. */
    private static boolean isOneWord(String left, String right) {
        return VOCABULARY.contains(left + right) && !(VOCABULARY.contains(left) && VOCABULARY.contains(right));
    }
}

package ru.hotline500.telegram;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one field of a button's callback data may hold, as a strict pattern: data can be forged, and a field that does
 * not match makes the whole press "not a button of ours". No field holds a ':', which separates them.
 *
 * @param name    what the field is, for messages
 * @param example a value the field accepts (for building sample data)
 */
record ButtonField(String name, Pattern pattern, String example) {

    /** A stored row's id: a positive number without sign or leading zeros, at most 18 digits, so it fits a {@code long}. */
    static final ButtonField ID = new ButtonField("id", Pattern.compile("[1-9][0-9]{0,17}"), "1");
    /** A small number such as a year or a stage: at most 9 digits, so it fits an {@code int}. */
    static final ButtonField NUMBER = new ButtonField("number", Pattern.compile("0|[1-9][0-9]{0,8}"), "2021");
    /** A territory's id, as {@link ru.hotline500.territory.Territory} allows them ("dubovsky"). */
    static final ButtonField TERRITORY = new ButtonField("territory", Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}"), "dubovsky");
    /** A roadmap item's number as written ("1.9", "3.2а"): up to 32 characters, no control characters, not blank at the ends. */
    static final ButtonField ITEM_NUMBER = new ButtonField("item number",
            Pattern.compile("[^:\\s\\p{Cntrl}]([^:\\p{Cntrl}]{0,30}[^:\\s\\p{Cntrl}])?"), "1.9");

    /** One of these words exactly. */
    static ButtonField oneOf(String... words) {
        return new ButtonField("one of " + String.join(", ", words),
                Pattern.compile(Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("|"))), words[0]);
    }

    /** The name of one of these constants exactly. */
    static ButtonField oneOf(Class<? extends Enum<?>> constants) {
        return oneOf(Arrays.stream(constants.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    boolean accepts(String value) {
        return value != null && pattern.matcher(value).matches();
    }
}

package ru.hotline500.answers;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper names in a message — a school's, a village's, a person's: words written with a capital letter inside a
 * sentence and shaped like such names. A name no roadmap item knows says nothing about the topic and must not count
 * against an item (an organisation's name, "Рособрнадзор", still does).
 */
final class Names {

    /** Capitalised inside a sentence, and shaped like a place's or a person's name: "Жуковской", "Петровна", "Ивановой". */
    private static final Pattern INSIDE = Pattern.compile("(?<=[\\p{L}\\d,»\")]\\s{1,3})(\\p{Lu}\\p{Ll}{2,}"
            + "(?:ск\\p{Ll}{0,3}|цк\\p{Ll}{0,3}|вн\\p{Ll}{1,2}|вич\\p{Ll}{0,2}|ов\\p{Ll}{0,2}|ев\\p{Ll}{0,2}|ин\\p{Ll}{0,2}))(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Names() {
    }

    /** The terms of the capitalised words that do not begin a sentence. */
    static Set<String> in(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = INSIDE.matcher(text);
        while (matcher.find()) {
            names.addAll(Terms.of(matcher.group(1)));
        }
        return names;
    }
}

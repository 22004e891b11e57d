package ru.hotline500.answers;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper names in a message — a school's, a village's, a person's: words written with a capital letter inside a
 * sentence. A name no roadmap item knows says nothing about the topic and must not count against an item.
 */
final class Names {

    private static final Pattern INSIDE = Pattern.compile("(?<=[\\p{L}\\d,»\")]\\s{1,3})(\\p{Lu}\\p{Ll}{2,})", Pattern.UNICODE_CHARACTER_CLASS);

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

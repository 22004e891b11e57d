package ru.hotline500.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: case, spaces, ё/е, quotes and the space after № do not matter. */
public final class NameKey {

    // compiled once: a directory of 100,000 rows asks for several keys per row
    private static final Pattern QUOTES = Pattern.compile("[«»\"“”]");
    private static final Pattern NUMBER_SIGN = Pattern.compile("№\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String key = QUOTES.matcher(name.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("");
        return SPACES.matcher(NUMBER_SIGN.matcher(key).replaceAll("№ ")).replaceAll(" ").strip();
    }
}

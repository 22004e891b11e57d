package ru.hotline500.people;

import java.util.Locale;

/** How names are compared: case, spaces, ё/е, quotes and the space after № do not matter. */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"“”]", "")
                .replaceAll("№\\s*", "№ ").replaceAll("\\s+", " ").strip();
    }
}

package ru.hotline500.telegram.outbox;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text longer than Telegram allows (4,096 characters) into parts on line boundaries. */
final class TextSplitter {

    static final int LIMIT = 4096;

    private TextSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String piece : pieces(line, limit)) {
                if (part.length() > 0 && part.length() + 1 + piece.length() > limit) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                if (part.length() > 0) {
                    part.append('\n');
                }
                part.append(piece);
            }
        }
        if (part.length() > 0 || parts.isEmpty()) {
            parts.add(part.toString());
        }
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** A single line longer than the limit is cut at the last space before it, or hard when there is none. */
    private static List<String> pieces(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf(' ', limit);
            cut = cut > limit / 2 ? cut : limit;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}

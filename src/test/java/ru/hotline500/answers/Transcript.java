package ru.hotline500.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation transcript of {@code conversations/}: a header naming the territory and the day, then
 * exchanges: a line "> question" and the lines "< fragment" that the bot's reply must contain, in that order.
 * Lines starting with "#" and blank lines are for readers.
 */
record Transcript(String name, String territory, LocalDate today, List<Exchange> exchanges) {

    record Exchange(String question, List<String> expected) {
    }

    static Transcript read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript parse(String name, List<String> lines) {
        String territory = null;
        LocalDate today = null;
        List<Exchange> exchanges = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("территория:")) {
                territory = line.substring("территория:".length()).strip();
            } else if (line.startsWith("сегодня:")) {
                today = LocalDate.parse(line.substring("сегодня:".length()).strip());
            } else if (line.startsWith("> ")) {
                exchanges.add(new Exchange(line.substring(2), new ArrayList<>()));
            } else if (line.startsWith("< ")) {
                if (exchanges.isEmpty()) {
                    throw new IllegalArgumentException(name + ": a reply line before any question: " + line);
                }
                exchanges.get(exchanges.size() - 1).expected().add(line.substring(2));
            }
        }
        if (territory == null || today == null || exchanges.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs 'территория:', 'сегодня:' and at least one '> question'");
        }
        return new Transcript(name, territory, today, exchanges);
    }
}

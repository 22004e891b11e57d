package ru.hotline500.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation of {@code conversations/}, as a person reads it. Header lines: "сегодня: YYYY-MM-DD" (required),
 * "собеседник: Имя" (optional, and again later when another person speaks), "справочник: FILE" (optional: the people
 * directory loaded before the conversation). Then turns, each a line starting with "&gt; " and the lines "&lt; fragment" that
 * what the bot sends back must contain, in that order:
 * <ul>
 * <li>"&gt; text" — a message (commands as in Telegram: "/start", "/help@hotline500_bot");</li>
 * <li>"&gt; [Label]" — a press on the button with that label under the bot's latest message;</li>
 * <li>"&gt; ↩ text" — a reply to the bot's latest message in this chat;</li>
 * <li>"&gt; * бота добавили в группу" / "&gt; * бота удалили из группы" — what the group's admin did;</li>
 * <li>"&gt; * бот перезапущен" — the application restarts (nothing in memory survives);</li>
 * <li>"&gt; * прошло N дней, HH:MM" — time goes on (reminders and scheduled digests due by then are sent).</li>
 * </ul>
 * In a message, "&lt;приглашение: Имя&gt;" stands for the code of a fresh invitation for that person of the directory.
 * "чат: группа «Название»" moves the following turns to a group, "чат: личный" back to the private chat. The bot's
 * buttons are shown as "[Label]" lines, a notice on a pressed button as "(на экране: …)", a file as "(файл: name, N КБ)",
 * silence as "(нет ответа)"; what went to another chat is headed "(в группе «Название»)" or "(в личный чат: Имя)".
 * Lines starting with "#" and blank lines are for readers.
 */
record Transcript(String name, LocalDate today, String directory, List<Turn> turns) {

    static final String SILENCE = "(нет ответа)";

    /** What the person does, where, and what the bot's answer must contain. */
    record Turn(int line, String chatTitle, String person, String action, List<String> expected) {

        boolean inGroup() {
            return chatTitle != null;
        }

        boolean isPress() {
            return action.startsWith("[") && action.endsWith("]");
        }

        String buttonLabel() {
            return action.substring(1, action.length() - 1);
        }

        boolean isReply() {
            return action.startsWith("↩ ");
        }

        boolean isEvent() {
            return action.startsWith("* ");
        }
    }

    static Transcript read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript parse(String name, List<String> lines) {
        LocalDate today = null;
        String person = "Пользователь";
        String directory = null;
        String chatTitle = null;
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("сегодня:")) {
                today = LocalDate.parse(value(line));
            } else if (line.startsWith("собеседник:")) {
                person = value(line);
            } else if (line.startsWith("справочник:")) {
                directory = value(line);
            } else if (line.startsWith("чат:")) {
                chatTitle = value(line).equals("личный") ? null : value(line).replaceFirst("^группа\\s*", "").replaceAll("[«»]", "");
            } else if (line.startsWith("> ")) {
                turns.add(new Turn(i + 1, chatTitle, person, line.substring(2).strip(), new ArrayList<>()));
            } else if (line.startsWith("< ")) {
                if (turns.isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": the bot's line before anything the person did");
                }
                turns.get(turns.size() - 1).expected().add(line.substring(2));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": not a transcript line: " + line);
            }
        }
        if (today == null || turns.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs 'сегодня:' and at least one '> ' line");
        }
        return new Transcript(name, today, directory, turns);
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}

package ru.hotline500.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.hotline500.dialogue.Dialogues;
import ru.hotline500.answers.Question;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/**
 * A chat in the terminal: the person picks a territory and a "today", then every line is a question answered
 * exactly as the bot answers it, follow-ups included. Plain words change the territory or the date; nothing needs a
 * command syntax.
 */
public final class ConsoleChat {

    private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("ru"));

    private final Dialogues answers;
    private final Territories territories;
    private final Clock clock;
    private final BufferedReader in;
    private final PrintWriter out;
    private Territory territory;
    private LocalDate today;
    /** One dialogue per territory and date chosen: a follow-up reads the question before it, as in Telegram. */
    private String chatKey;

    public ConsoleChat(Dialogues answers, Territories territories, Clock clock, BufferedReader in, PrintWriter out) {
        this.answers = answers;
        this.territories = territories;
        this.clock = clock;
        this.in = in;
        this.out = out;
    }

    /** Runs until the person says «выход» (then returns true) or the input ends (false). */
    public boolean run() throws IOException {
        say(ConsoleTexts.GREETING);
        if (!pickTerritory() || !pickDate()) {
            return false;
        }
        for (String line = ask(); line != null; line = ask()) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (word.equals("выход") || word.equals("выйти") || word.equals("пока")) {
                say(ConsoleTexts.GOODBYE);
                return true;
            } else if (word.equals("территория")) {
                if (!pickTerritory() || !pickDate()) {
                    return false;
                }
            } else if (word.equals("дата")) {
                if (!pickDate()) {
                    return false;
                }
            } else {
                answer(line);
            }
        }
        return false;
    }

    private void answer(String line) {
        if (line.isBlank()) {
            say(ConsoleTexts.EMPTY_QUESTION);
            return;
        }
        try {
            say(answers.answer(chatKey, new Question(line, territory.id(), today)).reply());
        } catch (RuntimeException e) {
            log.error("Console question failed: {}", line, e);
            say(ConsoleTexts.FAILURE);
        }
    }

    private boolean pickTerritory() throws IOException {
        List<Territory> choices = choices();
        if (choices.isEmpty()) {
            say(ConsoleTexts.NO_TERRITORIES);
            return false;
        }
        say(ConsoleTexts.PICK_TERRITORY);
        for (int i = 0; i < choices.size(); i++) {
            say("  " + (i + 1) + ". " + label(choices.get(i)));
        }
        for (String line = ask(); line != null; line = ask()) {
            Optional<Territory> chosen = chosen(line, choices);
            if (chosen.isPresent()) {
                territory = chosen.get();
                return true;
            }
            say(ConsoleTexts.WRONG_TERRITORY);
        }
        return false;
    }

    private boolean pickDate() throws IOException {
        say(ConsoleTexts.PICK_DATE);
        for (String line = ask(); line != null; line = ask()) {
            Optional<LocalDate> date = date(line);
            if (date.isPresent()) {
                today = date.get();
                chatKey = "console:" + java.util.UUID.randomUUID();
                say(ConsoleTexts.ready(territory.name(), today.format(SPOKEN)));
                say(ConsoleTexts.HINTS);
                return true;
            }
            say(ConsoleTexts.WRONG_DATE);
        }
        return false;
    }

    private Optional<LocalDate> date(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.of(LocalDate.now(clock.withZone(territory.timeZone())));
        }
        for (DateTimeFormatter format : List.of(DOTTED, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** Municipalities first (people mostly work there), then regions. */
    private List<Territory> choices() {
        return territories.all().stream()
                .sorted(java.util.Comparator.comparing((Territory t) -> t.kind() == TerritoryKind.REGION).thenComparing(Territory::name))
                .toList();
    }

    private String label(Territory t) {
        return t.parentId() == null ? t.name() : t.name() + " (" + territories.find(t.parentId()).map(Territory::name).orElse("") + ")";
    }

    private static Optional<Territory> chosen(String line, List<Territory> choices) {
        try {
            int number = Integer.parseInt(line.strip());
            return number >= 1 && number <= choices.size() ? Optional.of(choices.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            String name = line.strip().toLowerCase(Locale.ROOT);
            return choices.stream().filter(t -> !name.isEmpty() && t.name().toLowerCase(Locale.ROOT).startsWith(name)).findFirst();
        }
    }

    private String ask() throws IOException {
        out.print("> ");
        out.flush();
        return in.readLine();
    }

    private void say(String text) {
        out.println(text);
        out.flush();
    }
}

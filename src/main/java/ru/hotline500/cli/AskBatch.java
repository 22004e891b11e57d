package ru.hotline500.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import ru.hotline500.answers.Answer;
import ru.hotline500.answers.DeadlineAnswers;
import ru.hotline500.answers.Question;
import ru.hotline500.dialogue.Dialogues;
import ru.hotline500.territory.UnknownTerritoryException;

/**
 * {@code ask --batch}: one question per line, "territory TAB today TAB question [TAB dialogue]". Consecutive lines
 * with the same dialogue are one person's chat, answered in order as the bot answers them; a line that cannot be
 * read is reported with its number and the rest go on.
 */
final class AskBatch {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT));

    private final DeadlineAnswers answers;
    private final Dialogues dialogues;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String run = UUID.randomUUID().toString();

    AskBatch(DeadlineAnswers answers, Dialogues dialogues, PrintWriter out, PrintWriter err) {
        this.answers = answers;
        this.dialogues = dialogues;
        this.out = out;
        this.err = err;
    }

    /** @return 0 when every line was answered, 1 when some could not be read */
    int run(List<String> lines) {
        int bad = 0;
        String dialogue = "";
        int chats = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            String[] cells = line.split("\t", -1);
            if (line.isBlank() || cells[0].strip().equals("territory")) {
                continue;
            }
            String thisDialogue = cells.length > 3 ? cells[3].strip() : "";
            if (!thisDialogue.equals(dialogue)) {
                dialogue = thisDialogue;
                chats++;
            }
            try {
                out.println(answer(cells, dialogue.isEmpty() ? null : "batch:" + run + ":" + chats));
            } catch (BadLineException | UnknownTerritoryException e) {
                bad++;
                err.println("Строка " + n + ": " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : 1;
    }

    private String answer(String[] cells, String chatKey) {
        if (cells.length < 3 || cells[0].isBlank() || cells[2].isBlank()) {
            throw new BadLineException("нужны территория, дата и вопрос через табуляцию; строка пропущена.");
        }
        String territory = cells[0].strip();
        LocalDate day = date(cells[1].strip());
        Question question = new Question(cells[2], territory, day);
        Answer answer = chatKey == null ? answers.answer(question) : dialogues.answer(chatKey, question);
        return AnswerJson.line(territory, day, cells[2], cells.length > 3 ? cells[3].strip() : "", answer);
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new BadLineException("дата «" + text + "» не читается; нужна 2021-04-10 или 10.04.2021. Строка пропущена.");
    }

    private static final class BadLineException extends RuntimeException {
        BadLineException(String message) {
            super(message);
        }
    }
}

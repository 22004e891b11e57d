package ru.hotline500.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.hotline500.answers.Answer;
import ru.hotline500.answers.Question;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Отвечает на вопрос о сроках так же, как бот; с --batch — на вопросы из файла, по JSON-объекту на строку.")
final class AskCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--territory", paramLabel = "ID", description = "Территория спрашивающего, например dubovsky.")
    String territory;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Сегодняшняя дата спрашивающего (по умолчанию — сегодня в его часовом поясе).")
    LocalDate today;

    @Option(names = "--batch", paramLabel = "FILE.tsv", description = "Строки: территория<TAB>дата<TAB>вопрос.")
    Path batch;

    @Parameters(paramLabel = "ВОПРОС", arity = "0..*", description = "Вопрос.")
    List<String> words;

    AskCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null) {
            return batch(out);
        }
        if (territory == null || words == null || words.isEmpty()) {
            throw new IllegalArgumentException("Укажите территорию и вопрос: ask --territory dubovsky \"когда экспертиза документов?\"");
        }
        out.println(services.answers().answer(new Question(String.join(" ", words), territory, today)).reply());
        out.flush();
        return 0;
    }

    private int batch(PrintWriter out) throws IOException {
        int lineNumber = 0;
        for (String line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
            lineNumber++;
            String[] cells = line.split("\t", -1);
            if (line.isBlank() || cells.length < 3 || cells[0].equals("territory")) {
                continue;
            }
            LocalDate day = cells[1].isBlank() ? null : LocalDate.parse(cells[1].strip());
            Answer answer = services.answers().answer(new Question(cells[2], cells[0].strip(), day));
            out.println(AnswerJson.line(cells[0].strip(), day, cells[2], answer));
        }
        out.flush();
        return 0;
    }
}

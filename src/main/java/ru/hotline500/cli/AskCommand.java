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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.hotline500.answers.Question;
import ru.hotline500.dialogue.Dialogues;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Отвечает на вопрос о сроках так же, как бот; с --batch — на вопросы из файла, по JSON-объекту на строку. "
                + "Код выхода: 0 — всё отвечено, 1 — были строки с ошибками (они перечислены), 2 — неверный вызов.")
final class AskCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--territory", paramLabel = "ID", description = "Территория спрашивающего, например dubovsky.")
    String territory;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Сегодняшняя дата спрашивающего (по умолчанию — сегодня в его часовом поясе).")
    LocalDate today;

    @Option(names = "--batch", paramLabel = "FILE.tsv", description = "Строки: территория<TAB>дата (2021-04-10 или 10.04.2021)<TAB>вопрос[<TAB>диалог]; "
            + "подряд идущие строки с одним диалогом — одна переписка, уточнения читаются с предыдущим вопросом.")
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
            if (!Files.isReadable(batch)) {
                throw new ParameterException(spec.commandLine(), "Файл не найден или не читается: " + batch);
            }
            return new AskBatch(services.answers(), services.get(Dialogues.class), out, spec.commandLine().getErr())
                    .run(Files.readAllLines(batch, StandardCharsets.UTF_8));
        }
        if (territory == null || words == null || words.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Укажите территорию и вопрос: ask --territory dubovsky \"когда экспертиза документов?\"");
        }
        out.println(services.answers().answer(new Question(String.join(" ", words), territory, today)).reply());
        out.flush();
        return 0;
    }
}

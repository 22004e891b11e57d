package ru.hotline500.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.hotline500.people.DirectoryImport;
import ru.hotline500.people.RowProblem;
import ru.hotline500.tables.UnreadableTableException;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Загружает справочник из CSV или XLSX (столбцы: ФИО, Роль, Территория, Школа, Краткое название, Год). "
                + "Файл загружается целиком или не загружается вовсе; повторная загрузка того же файла ничего не меняет.")
final class PeopleImportCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV или XLSX.")
    Path file;

    PeopleImportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DirectoryImport result;
        try {
            result = services.people().importTable(DocumentFile.read(file).content());
        } catch (UnreadableTableException | IllegalArgumentException e) {
            err.println("Не загружен " + file + ": " + e.getMessage());
            return 1;
        }
        if (!result.accepted()) {
            err.println("Не загружен " + file + ": ошибки в строках, ничего не изменено.");
            result.problems().stream().map(RowProblem::toString).forEach(line -> err.println("  " + line));
            return 1;
        }
        out.printf("Загружен %s: строк %d; новых людей %d, школ %d, ролей %d, закреплений кураторов %d.%n", file,
                result.rows(), result.peopleAdded(), result.schoolsAdded(), result.rolesChanged(), result.assignmentsAdded());
        if (result.changedNothing()) {
            out.println("Всё это уже было в справочнике: ничего не изменилось.");
        }
        out.flush();
        return 0;
    }
}

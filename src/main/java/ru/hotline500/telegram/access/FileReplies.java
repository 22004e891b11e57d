package ru.hotline500.telegram.access;

import java.util.List;
import java.util.stream.Collectors;
import ru.hotline500.people.DirectoryImport;
import ru.hotline500.people.RowProblem;
import ru.hotline500.visits.ScheduleImport;

/**
 * What the bot says about the files it is sent (schedules of visits and the people directory): taken, loaded, or
 * refused and what to do then; in one place to review the wording. Why a file is unreadable is said by
 * {@link ru.hotline500.tables.FileTexts}.
 */
final class FileReplies {

    static final String ACCEPTED = "Файл получен, загружаю справочник. Напишу, когда закончу.";
    static final String QUEUED = "Файл получен. Сейчас загружается другой справочник — ваш загружу сразу после него "
            + "и напишу, когда закончу.";
    static final String BUSY = "Сейчас уже загружаются другие справочники. Пришлите, пожалуйста, этот файл ещё раз "
            + "через несколько минут, когда я сообщу, что они загружены.";
    static final String FAILED = "Справочник не загружен из-за ошибки на моей стороне — ничего не изменено. Пришлите, "
            + "пожалуйста, файл ещё раз; если ошибка повторится, напишите команде горячей линии.";
    static final String NOT_DOWNLOADED = "Не получилось скачать файл из Telegram. Пришлите его, пожалуйста, ещё раз.";
    static final String TELEGRAM_ONLY = "Файлы я принимаю только в Telegram: пришлите таблицу CSV или XLSX в личный чат со мной.";
    private static final int PROBLEMS_SHOWN = 20;

    private FileReplies() {
    }

    static String loaded(DirectoryImport result) {
        if (!result.accepted()) {
            return "Справочник не загружен — ничего не изменено. Исправьте, пожалуйста, строки и пришлите файл снова:\n"
                    + problems(result.problems());
        }
        return "Справочник загружен: строк " + result.rows() + "; новых людей " + result.peopleAdded() + ", школ "
                + result.schoolsAdded() + ", ролей " + result.rolesChanged() + ", закреплений кураторов " + result.assignmentsAdded() + "."
                + (result.changedNothing() ? "\nВсё это уже было в справочнике — ничего не изменилось." : "");
    }

    /** A load stopped by a restart of the bot: now, or found at the next start after the process died. */
    static String interrupted(String fileName) {
        String file = fileName == null || fileName.isBlank() ? "" : " из файла «" + fileName + "»";
        return "Загрузка справочника" + file + " прервана: бот перезапускался. Ничего не записано — пришлите, пожалуйста, "
                + "файл ещё раз.";
    }

    static String schedule(ScheduleImport result) {
        if (!result.accepted()) {
            return "График не загружен — ничего не изменено. Исправьте, пожалуйста, строки и пришлите файл снова:\n"
                    + problems(result.problems());
        }
        return "График визитов загружен: строк " + result.rows() + ", новых плановых визитов " + result.plansAdded() + ". "
                + "Кураторам я напомню накануне каждого визита, а неподтверждённые покажу в /visits.";
    }

    private static String problems(List<RowProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(p -> "• " + p).collect(Collectors.joining("\n"));
        return problems.size() > PROBLEMS_SHOWN ? shown + "\n… и ещё " + (problems.size() - PROBLEMS_SHOWN) + " строк с ошибками." : shown;
    }
}

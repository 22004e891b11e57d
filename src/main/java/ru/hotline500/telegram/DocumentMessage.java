package ru.hotline500.telegram;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.hotline500.people.DirectoryImport;
import ru.hotline500.people.Member;
import ru.hotline500.people.People;
import ru.hotline500.people.Role;
import ru.hotline500.people.RowProblem;
import ru.hotline500.tables.UnreadableTableException;
import ru.hotline500.visits.ScheduleImport;
import ru.hotline500.visits.Schedules;

/**
 * A file sent to the bot: a schedule of visits (columns Куратор, Школа, Дата) from a coordinator, or the people
 * directory from an administrator; each taken whole or not at all. From anyone else, a polite refusal.
 */
@Component
class DocumentMessage {

    static final long LARGEST_FILE = 5L * 1024 * 1024;
    private static final int PROBLEMS_SHOWN = 20;
    private static final Logger log = LoggerFactory.getLogger(DocumentMessage.class);

    private final Access access;
    private final People people;
    private final ObjectProvider<FileDownloads> downloads;
    private final Schedules schedules;

    DocumentMessage(Access access, People people, ObjectProvider<FileDownloads> downloads, Schedules schedules) {
        this.schedules = schedules;
        this.access = access;
        this.people = people;
        this.downloads = downloads;
    }

    List<Outgoing> handle(Inbound.Document document) {
        ChatRef chat = document.chat();
        Optional<Member> member = access.member(document.from()).filter(Member::coordinates);
        if (member.isEmpty()) {
            return access.refuse(chat, document.from(), "import file " + document.fileName(), AccessTexts.NOT_ADMINISTRATOR);
        }
        if (!chat.isPrivate()) {
            return List.of(Outgoing.Message.text(chat, AccessTexts.PRIVATE_ONLY));
        }
        FileDownloads files = downloads.getIfAvailable();
        if (files == null) {
            return List.of(Outgoing.Message.text(chat, AccessTexts.unreadableFile("файлы принимаются только в Telegram")));
        }
        byte[] content;
        try {
            content = files.download(document.fileId(), LARGEST_FILE);
        } catch (IOException e) {
            log.warn("File {} from user {} not downloaded: {}", document.fileName(), document.from().userId(), e.getMessage());
            return List.of(Outgoing.Message.text(chat, AccessTexts.unreadableFile("файл не удалось получить (он больше 5 МБ или недоступен)")));
        }
        try {
            if (Schedules.isSchedule(content)) {
                return schedule(chat, member.get(), content);
            }
            if (!member.get().has(Role.ADMINISTRATOR)) {
                return access.refuse(chat, document.from(), "import a directory " + document.fileName(), AccessTexts.NOT_A_SCHEDULE);
            }
            return imported(chat, document, content);
        } catch (UnreadableTableException e) {
            log.warn("File {} from user {} unreadable: {}", document.fileName(), document.from().userId(), e.getMessage());
            return List.of(Outgoing.Message.text(chat, AccessTexts.unreadableFile(e.getMessage())));
        }
    }

    private List<Outgoing> schedule(ChatRef chat, Member coordinator, byte[] content) {
        ScheduleImport result = schedules.importSchedule(coordinator, content);
        return List.of(Outgoing.Message.text(chat, result.accepted() ? AccessTexts.scheduleImported(result.rows(), result.plansAdded())
                : AccessTexts.scheduleRefused(problems(result.problems()))));
    }

    private List<Outgoing> imported(ChatRef chat, Inbound.Document document, byte[] content) {
        DirectoryImport result = people.importTable(content);
        log.info("Directory {} sent by administrator {}: {}", document.fileName(), document.from().userId(), result);
        String text = result.accepted()
                ? AccessTexts.imported(result.rows(), result.peopleAdded(), result.schoolsAdded(), result.rolesChanged(), result.assignmentsAdded())
                : AccessTexts.importRefused(problems(result.problems()));
        return List.of(Outgoing.Message.text(chat, text));
    }

    private static String problems(List<RowProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(p -> "• " + p).collect(Collectors.joining("\n"));
        return problems.size() > PROBLEMS_SHOWN ? shown + "\n… и ещё " + (problems.size() - PROBLEMS_SHOWN) + " строк с ошибками." : shown;
    }
}

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

/**
 * A file sent to the bot: from an administrator, the people directory (CSV or XLSX), imported whole or not at all;
 * from anyone else, a polite refusal.
 */
@Component
class DocumentMessage {

    static final long LARGEST_FILE = 5L * 1024 * 1024;
    private static final int PROBLEMS_SHOWN = 20;
    private static final Logger log = LoggerFactory.getLogger(DocumentMessage.class);

    private final Access access;
    private final People people;
    private final ObjectProvider<FileDownloads> downloads;

    DocumentMessage(Access access, People people, ObjectProvider<FileDownloads> downloads) {
        this.access = access;
        this.people = people;
        this.downloads = downloads;
    }

    List<Outgoing> handle(Inbound.Document document) {
        ChatRef chat = document.chat();
        Optional<Member> member = access.member(document.from()).filter(m -> m.has(Role.ADMINISTRATOR));
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
        return imported(chat, document, content);
    }

    private List<Outgoing> imported(ChatRef chat, Inbound.Document document, byte[] content) {
        try {
            DirectoryImport result = people.importTable(content);
            log.info("Directory {} sent by administrator {}: {}", document.fileName(), document.from().userId(), result);
            String text = result.accepted()
                    ? AccessTexts.imported(result.rows(), result.peopleAdded(), result.schoolsAdded(), result.rolesChanged(), result.assignmentsAdded())
                    : AccessTexts.importRefused(problems(result.problems()));
            return List.of(Outgoing.Message.text(chat, text));
        } catch (UnreadableTableException e) {
            log.warn("Directory {} from user {} unreadable: {}", document.fileName(), document.from().userId(), e.getMessage());
            return List.of(Outgoing.Message.text(chat, AccessTexts.unreadableFile(e.getMessage())));
        }
    }

    private static String problems(List<RowProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(p -> "• " + p).collect(Collectors.joining("\n"));
        return problems.size() > PROBLEMS_SHOWN ? shown + "\n… и ещё " + (problems.size() - PROBLEMS_SHOWN) + " строк с ошибками." : shown;
    }
}

package ru.hotline500.telegram.access;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.People;
import ru.hotline500.people.Role;
import ru.hotline500.tables.FileTexts;
import ru.hotline500.tables.Headers;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.FileDownloads;
import ru.hotline500.telegram.FileMessage;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.visits.ScheduleImport;
import ru.hotline500.visits.Schedules;

/**
 * A file sent to the bot: a schedule of visits (columns Куратор, Школа, Дата) from a coordinator, loaded at once, or
 * the people directory from an administrator, loaded in the background ({@link DirectoryLoading}); each taken whole
 * or not at all. A file that is no such table is refused here, by its first rows, with what to send instead. From
 * anyone else, a polite refusal.
 */
@Component
class DocumentMessage implements FileMessage {

    static final long LARGEST_FILE = 5L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DocumentMessage.class);

    private final Access access;
    private final ObjectProvider<FileDownloads> downloads;
    private final Schedules schedules;
    private final DirectoryLoading directories;

    DocumentMessage(Access access, ObjectProvider<FileDownloads> downloads, Schedules schedules, DirectoryLoading directories) {
        this.access = access;
        this.downloads = downloads;
        this.schedules = schedules;
        this.directories = directories;
    }

    @Override
    public List<Outgoing> handle(Inbound.Document document) {
        ChatRef chat = document.chat();
        Optional<Member> member = access.member(document.from()).filter(Member::coordinates);
        if (member.isEmpty()) {
            return access.refuse(chat, document.from(), "import file " + document.fileName(), AccessTexts.NOT_ADMINISTRATOR);
        }
        if (!chat.isPrivate()) {
            return reply(chat, AccessTexts.PRIVATE_ONLY);
        }
        FileDownloads files = downloads.getIfAvailable();
        if (files == null) {
            return reply(chat, FileReplies.TELEGRAM_ONLY);
        }
        if (document.fileSize() != null && document.fileSize() > LARGEST_FILE) {
            return reply(chat, FileTexts.tooLarge(document.fileSize(), LARGEST_FILE));
        }
        try {
            return table(document, member.get(), files.download(document.fileId(), LARGEST_FILE));
        } catch (IOException e) {
            log.warn("File {} from user {} not downloaded: {}", document.fileName(), document.from().userId(), e.getMessage());
            return reply(chat, FileReplies.NOT_DOWNLOADED);
        } catch (UnreadableTableException e) {
            log.warn("File {} from user {} unreadable: {}", document.fileName(), document.from().userId(), e.technicalCause());
            return reply(chat, e.getMessage());
        }
    }

    private List<Outgoing> table(Inbound.Document document, Member member, byte[] content) {
        ChatRef chat = document.chat();
        List<List<String>> head = TableFiles.head(content, Headers.HEADER_ROWS);
        if (Schedules.isSchedule(head)) {
            ScheduleImport result = schedules.importSchedule(member, content);
            return reply(chat, FileReplies.schedule(result));
        }
        if (!member.has(Role.ADMINISTRATOR)) {
            return access.refuse(chat, document.from(), "import a directory " + document.fileName(), AccessTexts.NOT_A_SCHEDULE);
        }
        if (!People.looksLikeDirectory(head)) {
            return reply(chat, FileTexts.noHeader(People.columns()));
        }
        return directories.accept(chat, member, document.fileName(), content);
    }

    private static List<Outgoing> reply(ChatRef chat, String text) {
        return List.of(Outgoing.Message.text(chat, text));
    }
}

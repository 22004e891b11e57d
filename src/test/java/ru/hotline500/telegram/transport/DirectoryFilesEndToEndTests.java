package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.hotline500.people.Directory;
import ru.hotline500.people.DirectoryFiles;
import ru.hotline500.people.People;

/**
 * Directory files sent to the bot over real HTTP (the fake Bot API): a big one is acknowledged at once and loaded in
 * the background, whole, while everyone (its sender too) is answered; a stop in the middle of a load writes nothing
 * and tells the sender once to send the file again, and so does the start after a process that died mid-load; the
 * update that brought the file is never answered again.
 */
class DirectoryFilesEndToEndTests {

    private static final long ADMIN = 801;
    private static final long OTHER = 802;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int YEAR = Year.now(ZoneId.of("Europe/Moscow")).getValue();
    private static final Set<String> FORMAT_NAMES = Set.of("Excel", "xlsx", "CSV", "Word", "docx", "doc", "xls", "PDF", "ZIP",
            "RAR", "z", "UTF", "Windows", "LibreOffice", "Microsoft", "OpenDocument", "ods", "odt", "PowerPoint", "pptx", "Telegram");
    private static final String ACCEPTED = "Файл получен, загружаю справочник. Напишу, когда закончу.";

    private BotRun bot;
    private FakeBotApi telegram;

    @BeforeEach
    void startWithAnAdministrator() throws Exception {
        bot = BotRun.start();
        telegram = bot.telegram();
        bot.app().getBean(People.class).importTable(("ФИО;Роль;Территория\nАдминистратор Тестовый;администратор;Ростовская область\n")
                .getBytes(StandardCharsets.UTF_8));
        BoundPeople.bind(bot.app(), telegram, ADMIN, "Администратор Тестовый");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aBigDirectoryIsAcknowledgedAtOnceAndWrittenWholeInTheBackground() throws Exception {
        telegram.document(ADMIN, "big", "справочник.xlsx", DirectoryFiles.xlsx(10_000, YEAR));

        awaitDelivered(ADMIN, 3);
        assertThat(bot.texts(ADMIN).subList(1, 3)).containsExactly(ACCEPTED,
                "Справочник загружен: строк 10000; новых людей 10000, школ 2500, ролей 10000, закреплений кураторов 5000.");
        assertThat(count("select count(*) from person where full_name like 'Тестова-%'")).isEqualTo(10_000);
        assertThat(count("select count(*) from school where full_name like 'МБОУ Тестовая СШ%'")).isEqualTo(2_500);
        assertThat(count("select count(*) from curator_assignment")).isEqualTo(5_000);
        assertThat(bot.db().sql("select state || ' ' || rows_read from import_job").query(String.class).single()).isEqualTo("DONE 10000");
        assertThat(count("select count(*) from telegram_update where status <> 'DONE'")).isZero();
    }

    @Test
    void othersAndTheSenderAreAnsweredWhileADirectoryLoads() throws Exception {
        HeldImport held = HeldImport.atLook(bot.app(), 1);
        telegram.document(ADMIN, "held", "справочник.xlsx", DirectoryFiles.xlsx(2_000, YEAR));
        held.awaitHeld(WAIT);
        awaitDelivered(ADMIN, 2);

        telegram.text(OTHER, OTHER, "/help");
        telegram.text(ADMIN, ADMIN, "/help");
        awaitDelivered(OTHER, 1);
        awaitDelivered(ADMIN, 3);

        assertThat(bot.lastText(OTHER)).contains("Я отвечаю на вопросы о сроках");
        assertThat(bot.lastText(ADMIN)).contains("Я отвечаю на вопросы о сроках");
        assertThat(bot.db().sql("select state from import_job").query(String.class).single()).isEqualTo("RUNNING");
        held.release();
        awaitDelivered(ADMIN, 4);
        assertThat(bot.lastText(ADMIN)).startsWith("Справочник загружен: строк 2000; новых людей 2000");
        assertThat(count("select count(*) from person where full_name like 'Тестова-%'")).isEqualTo(2_000);
    }

    @Test
    void aStopInTheMiddleOfALoadWritesNothingAndTheSenderIsToldOnceToSendItAgain() throws Exception {
        long schoolsBefore = count("select count(*) from school");
        // the third look comes after the first batch of the new schools is written in the import's transaction
        HeldImport held = HeldImport.atLook(bot.app(), 3);
        telegram.document(ADMIN, "cut", "справочник.xlsx", DirectoryFiles.xlsx(10_000, YEAR));
        held.awaitHeld(WAIT);
        awaitDelivered(ADMIN, 2);

        bot.restart();
        awaitDelivered(ADMIN, 3);
        assertThat(bot.lastText(ADMIN)).isEqualTo("Загрузка справочника из файла «справочник.xlsx» прервана: бот перезапускался. "
                + "Ничего не записано — пришлите, пожалуйста, файл ещё раз.");
        assertThat(count("select count(*) from person where full_name like 'Тестова-%'")).isZero();
        assertThat(count("select count(*) from school")).isEqualTo(schoolsBefore);
        assertThat(bot.db().sql("select state from import_job").query(String.class).single()).isEqualTo("INTERRUPTED");
        assertNothingMoreComesToTheSender(4);
    }

    @Test
    void aLoadCutOffByAProcessThatDiedIsToldToItsSenderOnceAtTheNextStart() throws Exception {
        long admin = bot.app().getBean(Directory.class).byTelegram(ADMIN).orElseThrow().personId();
        // what a process killed mid-import leaves: the job begun, its transaction gone
        bot.db().sql("insert into import_job (chat_id, person_id, file_name, state, started_at) values (?, ?, 'люди.xlsx', 'RUNNING', ?)")
                .params(ADMIN, admin, OffsetDateTime.now()).update();

        bot.restart();
        awaitDelivered(ADMIN, 2);

        assertThat(bot.lastText(ADMIN)).startsWith("Загрузка справочника из файла «люди.xlsx» прервана: бот перезапускался.");
        assertThat(bot.db().sql("select state from import_job").query(String.class).single()).isEqualTo("INTERRUPTED");
        bot.restart();
        assertNothingMoreComesToTheSender(3);
    }

    @Test
    void everyFileRefusedIsARussianSentenceSayingWhatToDo() throws Exception {
        long people = count("select count(*) from person");

        for (RefusedFiles.Refused file : RefusedFiles.all()) {
            int before = telegram.delivered(ADMIN).size();
            telegram.document(ADMIN, "refused-" + before, file.fileName(), file.content());
            telegram.await("the refusal of " + file, t -> bot.texts(ADMIN).stream().skip(before).anyMatch(text -> !text.equals(ACCEPTED)), WAIT);

            String refusal = bot.texts(ADMIN).stream().skip(before).filter(text -> !text.equals(ACCEPTED)).findFirst().orElseThrow();
            assertThat(refusal).as(file.what()).contains(file.says());
            assertIsARussianSentence(file.what(), refusal);
        }
        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from import_job where state = 'DONE'")).isZero();
    }

    /**
     * A sentence (or a few) in Russian as a person would write it: no exception, class or package name, no "null", no
     * English words but the names of programs and formats, no doubled full stop where two texts were glued together.
     */
    private static void assertIsARussianSentence(String what, String text) {
        assertThat(text).as(what).matches("(?s)[А-ЯЁ].*[.!]").doesNotContain("..").doesNotContain("null")
                .doesNotContainIgnoringCase("exception").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]");
        List<String> latin = Pattern.compile("[A-Za-z]+").matcher(text).results().map(MatchResult::group).toList();
        assertThat(latin).as(what + ": its words in Latin letters").allMatch(FORMAT_NAMES::contains);
    }

    /** Nothing is answered again: the sender's next question gets the next message, and only the one before told of the stop. */
    private void assertNothingMoreComesToTheSender(int next) throws InterruptedException {
        telegram.text(ADMIN, ADMIN, "/help");
        awaitDelivered(ADMIN, next);
        assertThat(bot.texts(ADMIN)).hasSize(next).filteredOn(text -> text.contains("прервана")).hasSize(1);
        assertThat(bot.lastText(ADMIN)).contains("Я отвечаю на вопросы о сроках");
        assertThat(count("select count(*) from telegram_update where status <> 'DONE'")).isZero();
    }

    private long count(String sql) {
        return bot.db().sql(sql).query(Long.class).single();
    }

    private void awaitDelivered(long chat, int count) throws InterruptedException {
        bot.awaitDelivered(chat, count, WAIT);
    }
}

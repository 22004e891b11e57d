package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.hotline500.people.People;

/**
 * Visits over real HTTP through the real library against the fake Bot API: an administrator sends the directory and
 * a schedule of visits as files, a curator opens an invitation and confirms a visit by button presses only; the application restarts in the
 * middle of a second confirmation, which then goes on where it was; the administrator gets the stage as an XLSX file. Today is the machine's today (Moscow time), so the
 * directory is written for the current year.
 */
class VisitConfirmationEndToEndTests {

    private static final long ADMIN = 601;
    private static final long CURATOR = 602;
    private static final long STRANGER = 603;
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    private FakeBotApi telegram;
    private Path dataDir;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void startTelegram() throws Exception {
        telegram = new FakeBotApi();
        dataDir = Files.createTempDirectory("hotline-visits-e2e");
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        telegram.close();
    }

    @Test
    void anAdministratorLoadsTheDirectoryByFileAndACuratorConfirmsVisitsByButtonsAcrossARestart() throws Exception {
        app = start();
        app.getBean(People.class).importTable(csv("Администратор Тестовый;администратор;Ростовская область;;;"));
        BoundPeople.bind(app, telegram, ADMIN, "Администратор Тестовый");

        sendFile(STRANGER, "directory-stranger", directory());
        awaitDelivered(STRANGER, 1);
        assertThat(lastText(STRANGER)).contains("только администраторы");
        sendFile(ADMIN, "directory", directory());
        awaitDelivered(ADMIN, 3);
        assertThat(telegram.delivered(ADMIN).get(1).get("text").asText()).contains("Файл получен, загружаю справочник");
        assertThat(lastText(ADMIN)).contains("Справочник загружен").contains("новых людей 1");

        sendFile(ADMIN, "schedule", ("Куратор;Школа;Дата\nКожина Х.А.;Веселовская СШ № 2;"
                + TODAY.plusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + "\n").getBytes(StandardCharsets.UTF_8));
        awaitDelivered(ADMIN, 4);
        assertThat(lastText(ADMIN)).contains("График визитов загружен").contains("новых плановых визитов 1");

        BoundPeople.bind(app, telegram, CURATOR, "Кожина Х.А.");
        telegram.text(CURATOR, CURATOR, "/visit");
        awaitDelivered(CURATOR, 2);
        assertThat(lastText(CURATOR)).contains("Визит в МБОУ Веселовская СШ № 2");
        press(CURATOR, "vd:yesterday", 3);
        assertThat(lastText(CURATOR)).contains("Какова цель визита?");
        press(CURATOR, buttonData(last(CURATOR)).get(0), 4);
        press(CURATOR, "vc:none", 5);
        assertThat(lastText(CURATOR)).contains("Проверьте, пожалуйста").contains(TODAY.minusDays(1).getDayOfMonth() + "");
        press(CURATOR, "vk", 6);
        assertThat(lastText(CURATOR)).contains("Визит отмечен");
        assertThat(standingVisits()).containsExactly(TODAY.minusDays(1));

        telegram.text(CURATOR, CURATOR, "/visit");
        awaitDelivered(CURATOR, 7);
        press(CURATOR, "vd:today", 8);
        app.close();
        app = start();
        press(CURATOR, buttonData(last(CURATOR)).get(0), 9);
        press(CURATOR, "vc:none", 10);
        press(CURATOR, "vk", 11);
        assertThat(lastText(CURATOR)).contains("Визит отмечен");
        assertThat(standingVisits()).containsExactly(TODAY.minusDays(1), TODAY);
        assertThat(telegram.calls("answerCallbackQuery")).hasSize(8);

        telegram.text(ADMIN, ADMIN, "/export");
        telegram.await("the export sent", t -> !t.documents().isEmpty(), WAIT);
        FakeBotApi.SentDocument export = telegram.documents().get(0);
        assertThat(export.chatId()).isEqualTo(ADMIN);
        assertThat(export.fileName()).endsWith(".xlsx");
        assertThat(export.caption()).contains("Визиты кураторов");
        assertThat(new String(export.content(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private void sendFile(long user, String fileId, byte[] content) {
        telegram.document(user, fileId, "люди.csv", content);
    }

    private void press(long user, String data, int expectedDelivered) throws InterruptedException {
        telegram.press(user, user, 1, data);
        awaitDelivered(user, expectedDelivered);
    }

    private List<LocalDate> standingVisits() {
        return JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("select visit_date from visit where withdrawn = false order by visit_date").query(LocalDate.class).list();
    }

    private static byte[] directory() {
        return csv("Кожина Х.А.;куратор;Дубовский район;МБОУ Веселовская СШ № 2;Веселовская СШ № 2;" + TODAY.getYear());
    }

    private static byte[] csv(String row) {
        return ("ФИО;Роль;Территория;Школа;Краткое название;Год\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private ConfigurableApplicationContext start() {
        return BotApplication.start(dataDir, telegram);
    }

    private void awaitDelivered(long chat, int count) throws InterruptedException {
        telegram.await(count + " messages delivered to " + chat, t -> t.delivered(chat).size() >= count, WAIT);
    }

    private JsonNode last(long chat) {
        List<JsonNode> delivered = telegram.delivered(chat);
        return delivered.get(delivered.size() - 1);
    }

    private String lastText(long chat) {
        return last(chat).get("text").asText();
    }

    private static List<String> buttonData(JsonNode message) {
        return message.path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
    }
}

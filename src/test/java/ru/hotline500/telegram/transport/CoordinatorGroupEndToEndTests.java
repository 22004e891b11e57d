package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.People;

/**
 * A coordinators' group over real HTTP through the real library: the bot asks Telegram (getChatMember) whether the
 * coordinator administers the group, binds it, answers /digest there, and forgets the binding when removed; the
 * group gets its scheduled digest once; a question handed to the group is answered there with Telegram's "Reply" and
 * the answer reaches the asker.
 */
class CoordinatorGroupEndToEndTests {

    private static final long COORDINATOR = 801;
    private static final long MEMBER = 802;
    private static final long ASKER = 803;
    private static final Map<DayOfWeek, String> DAYS = Map.of(DayOfWeek.MONDAY, "понедельник", DayOfWeek.TUESDAY, "вторник",
            DayOfWeek.WEDNESDAY, "среда", DayOfWeek.THURSDAY, "четверг", DayOfWeek.FRIDAY, "пятница", DayOfWeek.SATURDAY, "суббота",
            DayOfWeek.SUNDAY, "воскресенье");
    private static final long GROUP = -1009001;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private FakeBotApi telegram;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi();
        Path dataDir = Files.createTempDirectory("hotline-groups-e2e");
        app = BotApplication.start(dataDir, telegram, "--hotline.digest.check=PT1S");
    }

    @AfterEach
    void stop() {
        app.close();
        telegram.close();
    }

    @Test
    void aCoordinatorWhoAdministersTheGroupBindsItAndTheGroupGetsItsDigest() throws Exception {
        app.getBean(People.class).importTable(("ФИО;Роль;Территория;Школа;Краткое название;Год\n"
                + "Лукьянова И.О.;муниципальный координатор;Дубовский район;;;\n").getBytes(StandardCharsets.UTF_8));
        long person = app.getBean(Directory.class).findByName("Лукьянова И.О.").get(0).personId();
        telegram.text(COORDINATOR, COORDINATOR, "/start " + app.getBean(Invitations.class).invite(person, "тест").code());
        telegram.await("the invitation answered", t -> t.delivered(COORDINATOR).size() == 1, WAIT);

        groupSays(COORDINATOR, "/bind@" + FakeBotApi.BOT_NAME);
        awaitInGroup(1);
        assertThat(lastInGroup()).contains("только её администратор");

        telegram.administers(COORDINATOR, GROUP);
        groupSays(MEMBER, "/bind");
        groupSays(COORDINATOR, "/bind");
        awaitInGroup(3);
        assertThat(lastInGroup()).contains("Группа привязана: Дубовский район");
        assertThat(telegram.calls("getChatMember")).hasSize(2);

        groupSays(MEMBER, "/digest@" + FakeBotApi.BOT_NAME);
        awaitInGroup(4);
        assertThat(lastInGroup()).contains("Сводка: Дубовский район").contains("Визиты кураторов");

        telegram.push(update -> {
            var change = update.putObject("my_chat_member");
            change.set("chat", telegram.message(GROUP, "supergroup", COORDINATOR, "").get("chat"));
            change.set("from", telegram.user(COORDINATOR));
            change.put("date", 1_700_000_000);
            change.putObject("old_chat_member").put("status", "member").set("user", telegram.user(FakeBotApi.BOT_ID));
            change.putObject("new_chat_member").put("status", "left").set("user", telegram.user(FakeBotApi.BOT_ID));
        });
        CoordinatorGroups groups = app.getBean(CoordinatorGroups.class);
        telegram.await("the binding dropped", t -> groups.of(GROUP).isEmpty(), WAIT);
    }

    @Test
    void theGroupGetsItsScheduledDigestOnceOnItsDayAndHour() throws Exception {
        bindGroup();

        String today = DAYS.get(LocalDate.now(ZoneId.of("Europe/Moscow")).getDayOfWeek());
        groupSays(COORDINATOR, "/schedule " + today + " 00:00");
        telegram.await("the scheduled digest", t -> digestsInGroup() == 1, WAIT);
        Thread.sleep(3_000);

        assertThat(telegram.delivered(GROUP).stream().map(m -> m.get("text").asText()))
                .anyMatch(text -> text.contains("сводка будет приходить по"));
        assertThat(digestsInGroup()).as("three more runs of the schedule, no second digest").isEqualTo(1);
    }

    @Test
    void aQuestionHandedToTheGroupIsAnsweredByReplyAndTheAnswerReachesTheAsker() throws Exception {
        bindGroup();
        telegram.text(ASKER, ASKER, "/start dubovsky");
        telegram.await("the territory chosen", t -> t.delivered(ASKER).size() == 1, WAIT);
        telegram.text(ASKER, ASKER, "Где взять бланк согласия родителей на анкетирование?");
        telegram.await("the offer", t -> t.delivered(ASKER).size() == 2, WAIT);
        JsonNode offer = telegram.delivered(ASKER).get(1);
        String data = offer.at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
        assertThat(data).startsWith("ho:a:");

        telegram.press(ASKER, ASKER, offer.get("message_id").asInt(), data);
        telegram.await("the question in the group", t -> lastInGroup().contains("Вопрос в горячую линию"), WAIT);
        int question = last(GROUP).get("message_id").asInt();
        telegram.push(update -> update.set("message", telegram.replyToBot(GROUP, "supergroup", COORDINATOR,
                "Бланк на сайте управления образования.", question)));

        telegram.await("the answer relayed", t -> t.delivered(ASKER).size() == 4, WAIT);
        assertThat(last(ASKER).get("text").asText()).contains("Ответ координатора (Лукьянова И.О.)", "Бланк на сайте управления");
        telegram.await("the group told", t -> lastInGroup().contains("Ответ передан"), WAIT);
    }

    private void bindGroup() throws InterruptedException {
        app.getBean(People.class).importTable(("ФИО;Роль;Территория;Школа;Краткое название;Год\n"
                + "Лукьянова И.О.;муниципальный координатор;Дубовский район;;;\n").getBytes(StandardCharsets.UTF_8));
        long person = app.getBean(Directory.class).findByName("Лукьянова И.О.").get(0).personId();
        telegram.text(COORDINATOR, COORDINATOR, "/start " + app.getBean(Invitations.class).invite(person, "тест").code());
        telegram.await("the invitation answered", t -> t.delivered(COORDINATOR).size() == 1, WAIT);
        telegram.administers(COORDINATOR, GROUP);
        groupSays(COORDINATOR, "/bind");
        telegram.await("the group bound", t -> t.delivered(GROUP).size() == 1, WAIT);
    }

    private long digestsInGroup() {
        return telegram.delivered(GROUP).stream().filter(m -> m.get("text").asText().startsWith("Сводка:")).count();
    }

    private JsonNode last(long chat) {
        var delivered = telegram.delivered(chat);
        return delivered.get(delivered.size() - 1);
    }

    private void groupSays(long user, String text) {
        telegram.push(update -> update.set("message", telegram.message(GROUP, "supergroup", user, text)));
    }

    private void awaitInGroup(int count) throws InterruptedException {
        telegram.await(count + " messages in the group", t -> t.delivered(GROUP).size() >= count, WAIT);
    }

    private String lastInGroup() {
        var delivered = telegram.delivered(GROUP);
        return delivered.isEmpty() ? "" : delivered.get(delivered.size() - 1).get("text").asText();
    }
}

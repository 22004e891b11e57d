package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.digest.CoordinatorGroups;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.People;

/**
 * A coordinators' group over real HTTP through the real library: the bot asks Telegram (getChatMember) whether the
 * coordinator administers the group, binds it, answers /digest there, and forgets the binding when removed.
 */
class CoordinatorGroupEndToEndTests {

    private static final long COORDINATOR = 801;
    private static final long MEMBER = 802;
    private static final long GROUP = -1009001;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private FakeBotApi telegram;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi();
        Path dataDir = Files.createTempDirectory("hotline-groups-e2e");
        app = BotApplication.start(dataDir, telegram);
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

    private void groupSays(long user, String text) {
        telegram.push(update -> update.set("message", telegram.message(GROUP, "supergroup", user, text)));
    }

    private void awaitInGroup(int count) throws InterruptedException {
        telegram.await(count + " messages in the group", t -> t.delivered(GROUP).size() >= count, WAIT);
    }

    private String lastInGroup() {
        var delivered = telegram.delivered(GROUP);
        return delivered.get(delivered.size() - 1).get("text").asText();
    }
}

package ru.hotline500.telegram.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.reminders.ReminderRole;
import ru.hotline500.reminders.ReminderSchedule;
import ru.hotline500.reminders.Reminders;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TestChats;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.telegram.outbox.OutboxMessage;
import ru.hotline500.visits.VisitsTestContext;

/**
 * Personal deadline reminders: in the territory's own morning (Sakhalin UTC+11, Ulyanovsk UTC+4), three days before
 * and on the day, for the items of the person's role, each sent once; /remind and its buttons; «🔔 Напомнить» under
 * an answer; forged presses.
 */
class PersonalRemindersTests extends VisitsTestContext {

    @Autowired
    PersonalReminders personal;
    @Autowired
    Reminders reminders;
    @Autowired
    ReminderSchedule schedule;
    @Autowired
    BotRouter router;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Askers askers;

    @Test
    void aSakhalinCuratorIsRemindedFromNineInTheMorningSakhalinTimeThreeDaysBeforeAndOnTheDayOnce() {
        long curator = TestChats.newId();
        reminders.turnOn(curator, "sakhalin", ReminderRole.CURATOR);

        assertThat(sentTo(curator, "2021-03-06T21:59:00Z")).as("08:59 on Sakhalin").isEmpty();
        assertThat(sentTo(curator, "2021-03-06T22:00:00Z")).singleElement().asString()
                .contains("Напоминание о сроках (Сахалинская область)", "Через 3 дня, до 10 марта (среда): «Первичное посещение",
                        "Ответственные: Кураторы", "Источник: Дорожная карта Сахалинской области на 2021 год, п. 3.4", "/remind");
        assertThat(sentTo(curator, "2021-03-06T23:30:00Z")).as("the same morning again").isEmpty();
        assertThat(sentTo(curator, "2021-03-09T22:00:00Z")).singleElement().asString()
                .contains("Сегодня последний день: «Первичное посещение");
        assertThat(sentTo(curator, "2021-03-10T22:00:00Z")).as("the day after").isEmpty();
    }

    @Test
    void anUlyanovskSchoolIsRemindedAtNineUlyanovskTimeOfItemsForSchoolsOnly() {
        long school = TestChats.newId();
        long coordinator = TestChats.newId();
        reminders.turnOn(school, "ulyanovsk", ReminderRole.SCHOOL);
        reminders.turnOn(coordinator, "ulyanovsk", ReminderRole.COORDINATOR);

        assertThat(sentTo(school, "2022-04-27T04:59:00Z")).as("08:59 in Ulyanovsk, 07:59 in Moscow").isEmpty();
        assertThat(sentTo(school, "2022-04-27T05:00:00Z")).singleElement().asString()
                .contains("Через 3 дня, до 30 апреля (суббота): «Разработка образовательными организациями", "п. 2.4");
        assertThat(sentTo(coordinator, "2022-04-27T05:10:00Z")).as("not a coordinator's item").isEmpty();
    }

    @Test
    void aReminderWhoseTransactionFailedIsSentOnTheNextRunAndATurnedOffOneNever() {
        long curator = TestChats.newId();
        long off = TestChats.newId();
        reminders.turnOn(curator, "sakhalin", ReminderRole.CURATOR);
        reminders.turnOn(off, "sakhalin", ReminderRole.CURATOR);
        reminders.turnOff(off);
        clock.set(Instant.parse("2021-03-06T22:05:00Z"));

        transactions.executeWithoutResult(status -> {
            schedule.due(clock.instant()).stream().filter(d -> d.userId() == curator).forEach(d -> schedule.claim(d, clock.instant()));
            status.setRollbackOnly();
        });

        assertThat(sentTo(curator, "2021-03-06T22:06:00Z")).hasSize(1);
        assertThat(sentTo(off, "2021-03-06T22:07:00Z")).isEmpty();
    }

    @Test
    void remindPressedUnderAnAnswerRemindsOfThatItemAndForgedPressesChangeNothing() {
        ChatUser asker = person("dubovsky");
        clock.set(Instant.parse("2021-04-10T09:00:00Z"));

        Outgoing.Message answer = message(router.route(TestChats.message(asker, "до какого числа разместить концептуальные документы в МЭДК?")));
        assertThat(answer.text()).contains("п. 5");
        Button remind = answer.buttons().get(0).get(0);
        assertThat(remind.label()).isEqualTo(ReminderTexts.REMIND);

        assertThat(texts(press(asker, remind.data()))).contains("Хорошо: напомню о п. 5", "утром 12 апреля (за 3 дня) и 15 апреля (в день срока)",
                "обо всех сроках для вас — /remind");
        assertThat(texts(press(asker, remind.data()))).contains("Я уже помню об этом пункте");
        assertThat(texts(press(asker, "rm:i:sakhalin:2021:3.4"))).as("another territory's item").contains("Не могу напомнить");
        assertThat(texts(press(asker, "rm:i:dubovsky:2021:1"))).as("a past item").contains("Не могу напомнить");
        assertThat(notice(press(asker, "rm:i:мусор"))).isEqualTo(BotTexts.STALE_BUTTON);

        assertThat(sentTo(asker.userId(), "2021-04-12T06:00:00Z")).singleElement().asString().contains("до 15 апреля", "п. 5");
        clock.set(Instant.parse("2021-04-20T09:00:00Z"));
        assertThat(message(router.route(TestChats.message(asker, "до какого числа разместить концептуальные документы в МЭДК?"))).buttons())
                .as("no button under a date gone by").isEmpty();
    }

    @Test
    void remindAsksWhoYouAreTurnsOnAndOffAndDropsSingleItems() {
        ChatUser stranger = TestChats.newPerson("Без территории");
        assertThat(message(router.route(TestChats.message(stranger, "/remind"))).text()).contains("нужно знать вашу территорию", "ваш регион:");

        ChatUser teacher = person("dubovsky");
        Outgoing.Message settings = message(router.route(TestChats.message(teacher, "/remind")));
        assertThat(settings.text()).contains("Сейчас выключены", "скажите, кто вы");
        assertThat(labels(settings)).containsExactly(ReminderTexts.SCHOOL, ReminderTexts.CURATOR, ReminderTexts.COORDINATOR);

        assertThat(texts(press(teacher, "rm:on:SCHOOL"))).contains("Напоминания включены", "школы (ОО, координаторы от ШНОР)",
                "Дубовский район");
        assertThat(labels(message(router.route(TestChats.message(teacher, "/remind"))))).containsExactly(ReminderTexts.TURN_OFF);
        assertThat(texts(press(teacher, "rm:off"))).contains("выключены");
        assertThat(texts(press(teacher, "rm:off"))).contains("и так выключены");

        press(teacher, "rm:i:dubovsky:2021:7");
        Outgoing.Message withItem = message(router.route(TestChats.message(teacher, "/remind")));
        Button forget = withItem.buttons().get(withItem.buttons().size() - 1).get(0);
        assertThat(forget.label()).isEqualTo("✖ п. 7");
        assertThat(notice(press(person("dubovsky"), forget.data()))).as("someone else's").isEqualTo(BotTexts.STALE_BUTTON);
        assertThat(texts(press(teacher, forget.data()))).contains("больше не напомню");
        assertThat(reminders.settings(teacher.userId()).items()).isEmpty();
    }

    @Test
    void aCuratorOfTheDirectoryIsNotAskedWhoTheyAre() {
        ChatUser curator = person("dubovsky");
        bindAccount("Кожина Х.А.", curator.userId());

        Outgoing.Message settings = message(router.route(TestChats.message(curator, "/remind")));
        assertThat(labels(settings)).containsExactly(ReminderTexts.TURN_ON);
        assertThat(texts(press(curator, "rm:on"))).contains("где ответственные — кураторы");
        assertThat(texts(press(curator, "rm:on:SCHOOL"))).as("the directory decides").contains("где ответственные — кураторы");
    }

    private List<String> sentTo(long userId, String instant) {
        clock.set(Instant.parse(instant));
        return personal.sendDue().stream().filter(m -> m.chatId() == userId).map(OutboxMessage::text).toList();
    }

    @Test
    void remindersFollowThePersonToTheTerritoryTheyChooseNext() {
        ChatUser teacher = person("sakhalin");
        reminders.turnOn(teacher.userId(), "sakhalin", ReminderRole.SCHOOL);

        askers.choose(teacher, "kizlyar");

        assertThat(reminders.settings(teacher.userId()).territoryId()).isEqualTo("kizlyar");
        assertThat(reminders.settings(teacher.userId()).enabled()).isTrue();
    }

    private ChatUser person(String territoryId) {
        ChatUser person = TestChats.newPerson("Учитель");
        askers.choose(person, territoryId);
        return person;
    }

    private List<Outgoing> press(ChatUser person, String data) {
        return transactions.execute(status -> router.route(TestChats.press(person, data)));
    }

    private static Outgoing.Message message(List<Outgoing> replies) {
        return replies.stream().filter(Outgoing.Message.class::isInstance).map(Outgoing.Message.class::cast).findFirst().orElseThrow();
    }

    private static String texts(List<Outgoing> replies) {
        return String.join("\n", replies.stream().filter(Outgoing.Message.class::isInstance).map(o -> ((Outgoing.Message) o).text()).toList());
    }

    private static String notice(List<Outgoing> replies) {
        return replies.stream().filter(Outgoing.ButtonAnswer.class::isInstance).map(o -> ((Outgoing.ButtonAnswer) o).notice())
                .findFirst().orElse(null);
    }

    private static List<String> labels(Outgoing.Message message) {
        return message.buttons().stream().flatMap(List::stream).map(Button::label).toList();
    }
}

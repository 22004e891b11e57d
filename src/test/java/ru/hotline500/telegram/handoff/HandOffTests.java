package ru.hotline500.telegram.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.hotline500.telegram.TestChats.message;
import static ru.hotline500.telegram.TestChats.newPerson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.digest.Digests;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.FakeChatAdmins;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.TestChats;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.telegram.outbox.OutboxMessage;
import ru.hotline500.visits.VisitsTestContext;

/**
 * The hand-off through the router and the persisted outbox, with the bot's messages "delivered" (given Telegram
 * message ids) so that replies to them find their thread: a question nothing answers goes to the territory's group,
 * a coordinator's reply goes back, follow-ups go to the group, a kept answer answers the same question next time,
 * and an unanswered question shows in the digest. Kizlyar's groups are this class's own (and its two coordinators); its questions are told
 * apart by their askers (the database is shared).
 */
class HandOffTests extends VisitsTestContext {

    private static final String PEOPLE = """
            ФИО;Роль;Территория;Школа;Краткое название;Год
            Передающая Анна Сергеевна;муниципальный координатор;Кизлярский район;;;
            Передающий Олег;муниципальный координатор;Неклиновский район;;;
            """;
    private static final String UNANSWERABLE = "Где взять бланк заявления на материальную помощь?";

    @Autowired
    BotRouter router;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    Askers askers;
    @Autowired
    FakeChatAdmins admins;
    @Autowired
    Digests digests;

    private ChatRef group;
    private ChatUser coordinator;

    @BeforeEach
    void kizlyarHasOneGroupOfItsOwn() {
        if (directory.findByName("Передающая Анна Сергеевна").isEmpty()) {
            assertThat(people.importTable(PEOPLE.getBytes(StandardCharsets.UTF_8)).accepted()).isTrue();
        }
        JdbcClient.create(dataSource).sql("delete from coordinator_group where territory_id in ('kizlyar', 'dagestan')").update();
        group = TestChats.newGroup();
        coordinator = bound("Передающая Анна Сергеевна");
        admins.administers(coordinator.userId(), group.id());
        assertThat(text(route(message(group, coordinator, "/bind")))).contains("Группа привязана: Кизлярский район");
    }

    @Test
    void aQuestionNothingAnswersGoesToTheGroupAndTheCoordinatorsReplyComesBackToTheAsker() {
        ChatUser asker = askerOf("kizlyar");

        List<Sent> offer = route(message(asker, UNANSWERABLE));
        assertThat(offer).singleElement().satisfies(m -> assertThat(m.buttonLabels()).containsExactly(HandOffTexts.OFFER));
        List<Sent> asked = route(press(asker, offer.get(0)));
        Sent question = only(asked, group.id());
        assertThat(question.text()).contains("Вопрос в горячую линию", "От: " + asker.displayName(), "нет в справочнике",
                "Кизлярский район", UNANSWERABLE);
        assertThat(only(asked, asker.userId()).text()).contains("Передал ваш вопрос координаторам");

        List<Sent> answered = route(reply(group, coordinator, question, "Бланк у секретаря управления образования, кабинет 12."));
        assertThat(only(answered, asker.userId()).text()).contains("Ответ координатора (Передающая Анна Сергеевна)", UNANSWERABLE,
                "кабинет 12");
        Sent passed = only(answered, group.id());
        assertThat(passed.text()).contains("Ответ передан, его получит " + asker.displayName());
        assertThat(passed.replyTo()).isNotNull();
        assertThat(passed.buttonLabels()).containsExactly(HandOffTexts.KEEP);
    }

    @Test
    void theAskersFollowUpsReachTheGroupAndTheirAnswersComeBackToo() {
        ChatUser asker = askerOf("kizlyar");
        Sent question = only(route(press(asker, only(route(message(asker, UNANSWERABLE)), asker.userId()))), group.id());
        Sent relayed = only(route(reply(group, coordinator, question, "У секретаря.")), asker.userId());

        assertThat(text(route(press(asker, relayed)))).contains("Напишите одним сообщением");
        List<Sent> followUp = route(message(asker, "А если секретарь в отпуске?"));
        Sent inGroup = only(followUp, group.id());
        assertThat(inGroup.text()).contains("Уточнение к вопросу", "От: " + asker.displayName(), "А если секретарь в отпуске?");
        assertThat(inGroup.replyTo()).as("a reply to the coordinator's answer").isNotNull();
        assertThat(only(followUp, asker.userId()).text()).contains("Передал координаторам");

        Sent second = only(route(reply(group, coordinator, inGroup, "Тогда у заместителя.")), asker.userId());
        assertThat(second.text()).contains("Тогда у заместителя.");
        Sent direct = only(route(reply(ChatRef.privateChat(asker.userId()), asker, second, "Спасибо, а где кабинет?")), group.id());
        assertThat(direct.text()).contains("Спасибо, а где кабинет?");
    }

    @Test
    void onlyACoordinatorOfTheTerritoryAnswersInTheHotlinesName() {
        ChatUser asker = askerOf("kizlyar");
        Sent question = only(route(press(asker, only(route(message(asker, UNANSWERABLE)), asker.userId()))), group.id());

        List<Sent> byStranger = route(reply(group, newPerson("Спрашивающий"), question, "Не знаю"));
        List<Sent> byOtherTerritory = route(reply(group, bound("Передающий Олег"), question, "Спросите у нас"));

        assertThat(byStranger).singleElement().satisfies(m -> assertThat(m.text()).contains("Ответ не передан"));
        assertThat(byOtherTerritory).singleElement().satisfies(m -> assertThat(m.chatId()).isEqualTo(group.id()));
        assertThat(route(reply(group, coordinator, question, ""))).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("только текст"));
    }

    @Test
    void forgedAndRepeatedPressesChangeNothing() {
        ChatUser asker = askerOf("kizlyar");
        Sent offer = only(route(message(asker, UNANSWERABLE)), asker.userId());

        assertThat(notices(press(newPerson("Спрашивающий"), offer))).containsExactly(BotTexts.STALE_BUTTON);
        assertThat(only(route(press(asker, offer)), group.id())).isNotNull();
        assertThat(notices(press(asker, offer))).containsExactly(HandOffTexts.ALREADY_ASKED);
        assertThat(notices(TestChats.press(group, coordinator, 1, "ho:x:1")))
                .containsExactly(BotTexts.STALE_BUTTON);
        assertThat(notices(TestChats.press(group, coordinator, 1, "ho:a:не-число")))
                .containsExactly(BotTexts.STALE_BUTTON);
    }

    @Test
    void aKeptAnswerAnswersTheSameQuestionNextTimeAsTheCoordinatorsAnswerWithItsDate() {
        ChatUser asker = askerOf("kizlyar");
        String question = "Где найти шаблон справки о посещаемости кружков?";
        Sent inGroup = only(route(press(asker, only(route(message(asker, question)), asker.userId()))), group.id());
        Sent passed = only(route(reply(group, coordinator, inGroup, "Шаблон на сайте управления, раздел «Документы».")), group.id());

        assertThat(notices(press(newPerson("Спрашивающий"), passed))).containsExactly(HandOffTexts.KEEP_NOT_COORDINATOR);
        assertThat(only(route(press(coordinator, passed)), group.id()).text()).contains("Сохранено для территории «Кизлярский район»");
        assertThat(notices(press(coordinator, passed))).containsExactly(HandOffTexts.ALREADY_KEPT);

        String again = only(route(message(askerOf("kizlyar"), "шаблоны справок о посещаемости кружков где найти")), null).text();
        assertThat(again).contains("Ответ координатора (Передающая Анна Сергеевна, 12.04.2021)", "раздел «Документы»");
        assertThat(only(route(message(askerOf("kizlyar"), "Где найти шаблон приказа о кружках?")), null).text())
                .doesNotContain("Ответ координатора");
        assertThat(only(route(message(askerOf("neklinovsky"), question)), null).text()).doesNotContain("Ответ координатора");
    }

    @Test
    void withoutABoundGroupTheBotSaysSoAndNeverPromisesToPassTheQuestionOn() {
        JdbcClient.create(dataSource).sql("delete from coordinator_group where territory_id in ('kizlyar', 'dagestan')").update();
        ChatUser asker = askerOf("kizlyar");

        Sent reply = only(route(message(asker, UNANSWERABLE)), asker.userId());

        assertThat(reply.text()).contains("не подключена к боту", "координатору проекта вашей территории напрямую")
                .doesNotContain("передам");
        assertThat(reply.buttonLabels()).isEmpty();
    }

    @Test
    void aQuestionLeftUnansweredForADayShowsInTheDigestUntilItIsAnswered() {
        ChatUser asker = askerOf("kizlyar");
        Sent question = only(route(press(asker, only(route(message(asker, UNANSWERABLE)), asker.userId()))), group.id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), MOSCOW);

        assertThat(digests.build("kizlyar", today).text()).doesNotContain(asker.displayName());
        clock.advance(Duration.ofHours(25));
        assertThat(digests.build("kizlyar", today.plusDays(1)).text()).contains("Давно ждут ответа координатора", asker.displayName(),
                UNANSWERABLE);
        assertThat(digests.build("dagestan", today.plusDays(1)).text()).as("the region's digest").contains(asker.displayName());
        route(reply(group, coordinator, question, "Ответили."));
        assertThat(digests.build("kizlyar", today.plusDays(1)).text()).doesNotContain(asker.displayName());
    }

    /** One message the bot sent, "delivered": with the Telegram id a reply would name. */
    private record Sent(long chatId, int telegramId, String text, List<List<Button>> buttons, Integer replyTo) {

        List<String> buttonLabels() {
            return buttons.stream().flatMap(List::stream).map(Button::label).toList();
        }
    }

    private List<Sent> route(Inbound inbound) {
        List<OutboxMessage> stored = transactions.execute(status -> outbox.store(router.route(inbound)));
        List<Sent> sent = new ArrayList<>();
        for (OutboxMessage message : stored) {
            if (message.kind() == OutboxMessage.Kind.BUTTON_ANSWER) {
                continue;
            }
            int telegramId = TestChats.newMessageId();
            JdbcClient.create(dataSource).sql("update outbox_message set status = 'SENT', telegram_message_id = ? where id = ?")
                    .params(telegramId, message.id()).update();
            sent.add(new Sent(message.chatId(), telegramId, message.text(), message.buttons(), message.replyTo()));
        }
        return sent;
    }

    private List<String> notices(Inbound.ButtonPress press) {
        return transactions.execute(status -> outbox.store(router.route(press))).stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.BUTTON_ANSWER).map(OutboxMessage::text).toList();
    }

    /** The one message to that chat (any chat when null). */
    private static Sent only(List<Sent> sent, Long chatId) {
        List<Sent> to = sent.stream().filter(m -> chatId == null || m.chatId() == chatId).toList();
        assertThat(to).as("messages to chat %s among %s", chatId, sent).hasSize(1);
        return to.get(0);
    }

    private static String text(List<Sent> sent) {
        return String.join("\n", sent.stream().map(Sent::text).toList());
    }

    private ChatUser askerOf(String territoryId) {
        ChatUser person = newPerson("Спрашивающий");
        askers.choose(person, territoryId);
        return person;
    }

    private ChatUser bound(String name) {
        ChatUser person = newPerson("Спрашивающий");
        bindAccount(name, person.userId());
        return person;
    }

    private static Inbound.Message reply(ChatRef chat, ChatUser person, Sent to, String text) {
        return TestChats.reply(chat, person, to.telegramId(), text);
    }

    private static Inbound.ButtonPress press(ChatUser person, Sent under) {
        ChatRef chat = under.chatId() > 0 ? ChatRef.privateChat(under.chatId()) : new ChatRef(under.chatId(), ChatKind.SUPERGROUP, null);
        return TestChats.press(chat, person, under.telegramId(), under.buttons().get(0).get(0).data());
    }
}

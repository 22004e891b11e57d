package ru.hotline500.telegram.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.CommandText;
import ru.hotline500.telegram.FakeChatAdmins;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TestChats;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.visits.VisitsTestContext;

/**
 * Binding a coordinators' group to a territory: only a coordinator of that territory who administers the group, as
 * Telegram says; unbinding; the bot removed; a group turned supergroup; a forum topic; /digest on request.
 */
class GroupCommandsTests extends VisitsTestContext {

    private static final String PEOPLE = """
            ФИО;Роль;Территория;Школа;Краткое название;Год
            Групповой Муниципальный;муниципальный координатор;Неклиновский район;;;
            Групповая Региональная;региональный координатор;Ростовская область;;;
            Групповая Школьная;школьный координатор;Неклиновский район;МБОУ Примерная СОШ № 1 (вымышленная);;
            """;

    @Autowired
    BotRouter router;
    @Autowired
    FakeChatAdmins admins;
    @Autowired
    CoordinatorGroups groups;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private ChatRef group;

    @BeforeEach
    void ownGroupAndPeople() {
        if (directory.findByName("Групповой Муниципальный").isEmpty()) {
            assertThat(people.importTable(PEOPLE.getBytes(StandardCharsets.UTF_8)).accepted()).isTrue();
        }
        admins.unreachable(false);
        group = TestChats.newGroup();
    }

    @Test
    void aCoordinatorWhoAdministersTheGroupBindsItToTheirTerritoryAndDigestsComeOnRequest() {
        ChatUser coordinator = bound("Групповой Муниципальный");
        admins.administers(coordinator.userId(), group.id());

        assertThat(say(coordinator, "/digest")).contains("не привязана к территории");
        assertThat(say(coordinator, "/bind")).contains("Группа привязана: Неклиновский район").contains("по понедельникам в 09:00");
        assertThat(groups.of(group.id())).hasValueSatisfying(b -> assertThat(b.territoryId()).isEqualTo("neklinovsky"));
        assertThat(say(stranger(), "/digest")).contains("Сводка: Неклиновский район").contains("Визиты кураторов");
    }

    @Test
    void aCoordinatorWhoAdministersTheGroupChoosesTheDigestsDayAndHour() {
        ChatUser coordinator = bound("Групповой Муниципальный");
        ChatUser other = stranger();
        admins.administers(coordinator.userId(), group.id());
        say(coordinator, "/bind");

        assertThat(say(other, "/schedule")).contains("по понедельникам в 09:00").contains("/schedule вторник 10:30");
        assertThat(say(coordinator, "/schedule когда-нибудь")).contains("Чтобы изменить");
        assertThat(say(coordinator, "/schedule пт 25:00")).contains("Чтобы изменить");
        assertThat(say(other, "/schedule вторник 10:30")).contains("только её администратор");
        assertThat(say(coordinator, "/schedule Вторник 10.30")).contains("по вторникам в 10:30");
        assertThat(groups.of(group.id())).hasValueSatisfying(b -> assertThat(b.time()).hasToString("10:30"));
        assertThat(say(coordinator, "/bind")).contains("по вторникам в 10:30");
    }

    @Test
    void nobodyElseMayBindTheGroup() {
        ChatUser coordinator = bound("Групповой Муниципальный");
        ChatUser groupAdminOnly = stranger();
        admins.administers(groupAdminOnly.userId(), group.id());

        assertThat(say(coordinator, "/bind")).contains("только её администратор");
        assertThat(say(groupAdminOnly, "/bind")).contains("только координаторам");
        assertThat(say(bound("Групповая Школьная"), "/bind")).contains("только координаторам");
        assertThat(groups.of(group.id())).isEmpty();
    }

    @Test
    void aCoordinatorBindsOnlyATerritoryTheyCoordinate() {
        ChatUser regional = bound("Групповая Региональная");
        ChatUser municipal = bound("Групповой Муниципальный");
        admins.administers(regional.userId(), group.id());
        admins.administers(municipal.userId(), group.id());

        assertThat(say(municipal, "/bind dubovsky")).contains("не из тех, которые вы координируете");
        assertThat(say(municipal, "/bind атлантида")).contains("Такой территории я не знаю");
        assertThat(say(regional, "/bind dubovsky")).contains("Группа привязана: Дубовский район");
        assertThat(say(municipal, "/unbind")).contains("только её администратор");
        assertThat(say(regional, "/unbind")).contains("Группа отвязана");
        assertThat(say(regional, "/digest")).contains("не привязана");
    }

    @Test
    void whenTelegramCannotSayWhoAdministersTheGroupNothingIsBound() {
        ChatUser coordinator = bound("Групповой Муниципальный");
        admins.unreachable(true);

        assertThat(say(coordinator, "/bind")).contains("Не удалось проверить");
        assertThat(groups.of(group.id())).isEmpty();
    }

    @Test
    void theBindingAndTheWaitingMessagesFollowASupergroupAndTheBindingEndsWhenTheBotIsRemoved() {
        ChatUser coordinator = bound("Групповой Муниципальный");
        admins.administers(coordinator.userId(), group.id());
        say(coordinator, "/bind");
        long newId = group.id() - 1_000_000_000L;
        long waiting = transactions.execute(status -> outbox.store(List.of(Outgoing.Message.text(group, "Сводка ждёт отправки")))).get(0).id();

        router.route(new Inbound.ChatMigrated(1, group, newId));
        assertThat(groups.of(group.id())).isEmpty();
        assertThat(groups.of(newId)).hasValueSatisfying(b -> assertThat(b.territoryId()).isEqualTo("neklinovsky"));
        assertThat(jdbc.sql("select chat_id from outbox_message where id = ?").param(waiting).query(Long.class).single()).isEqualTo(newId);

        router.route(new Inbound.Membership(2, new ChatRef(newId, ChatKind.SUPERGROUP, null), coordinator, false, "Координаторы"));
        assertThat(groups.of(newId)).isEmpty();
    }

    @Test
    void inAForumTheDigestGoesToTheTopicWhereTheGroupWasBound() {
        ChatUser coordinator = bound("Групповой Муниципальный");
        ChatRef topic = new ChatRef(group.id(), ChatKind.SUPERGROUP, 77);
        admins.administers(coordinator.userId(), group.id());

        List<Outgoing> reply = router.route(CommandText.parse("/bind").orElseThrow().toMessage(1, topic, coordinator, 5));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> assertThat(m.text()).contains("в эту тему"));
        assertThat(groups.of(group.id())).hasValueSatisfying(b -> assertThat(b.threadId()).isEqualTo(77));
    }

    @Test
    void bindingIsForGroupsOnly() {
        ChatUser coordinator = bound("Групповой Муниципальный");

        List<Outgoing> reply = router.route(CommandText.parse("/bind").orElseThrow()
                .toMessage(1, ChatRef.privateChat(coordinator.userId()), coordinator, 5));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> assertThat(m.text()).contains("работает в группе координаторов").contains("Добавьте меня в группу"));
    }

    private ChatUser bound(String name) {
        ChatUser person = stranger();
        bindAccount(name, person.userId());
        return person;
    }

    private static ChatUser stranger() {
        return TestChats.newPerson("Человек");
    }

    private String say(ChatUser person, String command) {
        return TestChats.texts(router.route(TestChats.message(group, person, command)));
    }
}

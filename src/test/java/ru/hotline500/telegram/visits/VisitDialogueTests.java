package ru.hotline500.telegram.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.hotline500.people.Member;
import ru.hotline500.telegram.BotIdentity;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TestChats;
import ru.hotline500.visits.VisitsTestContext;

/**
 * The visit dialogue step by step through the router that serves Telegram: every step, the wrong inputs at each, and
 * the refusals, including forged button data. Each test binds its own Telegram account, so their dialogues do not meet.
 */
class VisitDialogueTests extends VisitsTestContext {

    /** A curator of these tests' own (the sample's people stay unbound for the other tests of this context). */
    private static final String ONE_SCHOOL = "Однашкольная Проверочная";

    @Autowired
    BotRouter router;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BotIdentity identity;

    private ChatUser user;

    /** People of these tests' own, in Кизлярский район: the sample's people stay as the other tests of this context expect. */
    private static final String PEOPLE = """
            ФИО;Роль;Территория;Школа;Краткое название;Год
            Однашкольная Проверочная;куратор;Кизлярский район;МКОУ Третья школа (вымышленная);Третья школа;2021
            Двушколова Тестовая;куратор;Кизлярский район;МКОУ Первая школа (вымышленная);Первая школа;2021
            Двушколова Тестовая;куратор;Кизлярский район;МКОУ Вторая школа (вымышленная);Вторая школа;2021
            Координаторша Школьная;школьный координатор;Кизлярский район;МКОУ Третья школа (вымышленная);Третья школа;
            Муниципальный Проверочный;муниципальный координатор;Кизлярский район;;;
            Региональная Проверочная;региональный координатор;Ростовская область;;;
            Админ Проверочный;администратор;Республика Дагестан;;;
            """;

    @BeforeEach
    void ownPeople() {
        if (directory.findByName(ONE_SCHOOL).isEmpty()) {
            assertThat(people.importTable(PEOPLE.getBytes(StandardCharsets.UTF_8)).accepted()).isTrue();
        }
        newTelegramAccount();
    }

    void newTelegramAccount() {
        identity.learned("hotline500_bot");
        user = TestChats.newPerson("Тест");
    }

    @Test
    void aStrangerCannotStartAVisitAndIsToldHowToGetAnInvitation() {
        assertThat(say("/visit")).contains("пригласил координатор").contains("ссылку-приглашение");
        assertThat(press("vk")).contains("пригласил координатор");
    }

    @Test
    void aCuratorWithOneSchoolGoesStraightToTheDateAndConfirmsInFourSteps() {
        bind(ONE_SCHOOL);
        int before = standing(ONE_SCHOOL);

        assertThat(say("/visit")).contains("Визит в МКОУ Третья школа (вымышленная)").contains("[Сегодня] [Вчера]");
        assertThat(say("2 апреля")).contains("Дата: 02.04.2021 (пятница)").contains("По дате это визит 1 этапа")
                .contains("[★ Визит 1 этапа]");
        assertThat(press("vp:OTHER")).contains("Цель: другое").contains("[Без комментария]");
        assertThat(say("провели педсовет")).contains("Комментарий: провели педсовет").contains("[✅ Подтвердить]");
        assertThat(standing(ONE_SCHOOL)).isEqualTo(before);

        assertThat(press("vk")).contains("Визит отмечен").contains("Цель: другое");
        assertThat(standing(ONE_SCHOOL)).isEqualTo(before + 1);
        assertThat(say("провели педсовет")).doesNotContain("Визит отмечен");
    }

    @Test
    void aCuratorOfSeveralSchoolsPicksOneAndCannotPickAnotherCuratorsSchool() {
        bind("Двушколова Тестовая");

        String schools = say("/visit");
        assertThat(schools).contains("В какой школе вы были?").contains("[Первая школа]").contains("[Вторая школа]");
        long otherCuratorsSchool = jdbc.sql("select id from school where full_name = 'МБОУ Веселовская СШ № 2'").query(Long.class).single();
        assertThat(press("vs:" + otherCuratorsSchool)).contains("больше не действует");
        assertThat(say("вчера")).contains("Выберите кнопкой");
        long first = jdbc.sql("select id from school where full_name = 'МКОУ Первая школа (вымышленная)'").query(Long.class).single();
        assertThat(press("vs:" + first)).contains("Визит в МКОУ Первая школа (вымышленная)");
    }

    @Test
    void wrongDatesAreExplainedAndTheDialogueWaitsForARightOne() {
        bind(ONE_SCHOOL);
        say("/visit");

        assertThat(say("на днях")).contains("Не понял дату");
        assertThat(say("31.02")).contains("Не понял дату");
        assertThat(say("20.04.2021")).contains("ещё не наступила");
        assertThat(press("vd:tomorrow")).contains("ещё не наступила");
        assertThat(say("30.12.2020")).contains("раньше года дорожной карты").contains("01.01.2021");
        assertThat(say("вчера")).contains("Дата: 11.04.2021 (воскресенье)");
    }

    @Test
    void unexpectedTextAndOutOfTurnButtonsGetHintsNotErrors() {
        bind(ONE_SCHOOL);
        say("/visit");

        assertThat(press("vp:PRIMARY")).contains("больше не действует");
        assertThat(press("vc:none")).contains("больше не действует");
        press("vd:yesterday");
        assertThat(say("а что дальше?")).contains("выберите цель визита кнопкой");
        assertThat(press("vp:NOT_A_PURPOSE")).contains("больше не действует");
        press("vp:STAGE_ONE");
        assertThat(say("x".repeat(1001))).contains("длиннее 1000 знаков");
        press("vc:none");
        assertThat(say("да")).contains("нажмите «Подтвердить»");
        assertThat(press("vs:1")).contains("больше не действует");
    }

    @Test
    void cancelLeavesTheDialogueAtAnyStepAndStoresNothing() {
        bind(ONE_SCHOOL);
        int before = standing(ONE_SCHOOL);

        say("/visit");
        assertThat(press("cancel")).contains("отменил");
        say("/visit");
        say("вчера");
        press("vp:STAGE_ONE");
        press("vc:none");
        assertThat(say("/cancel")).contains("Ничего не записано");
        assertThat(press("vk")).contains("больше не действует");
        assertThat(standing(ONE_SCHOOL)).isEqualTo(before);
        assertThat(say("/cancel")).contains("Отменять нечего");
    }

    @Test
    void aForgedWithdrawalOfAnotherCuratorsVisitNoLongerWorksAndTheVisitStays() {
        bind(ONE_SCHOOL);
        say("/visit");
        say("05.04");
        press("vp:STAGE_ONE");
        press("vc:none");
        press("vk");
        long visit = jdbc.sql("select max(id) from visit").query(Long.class).single();

        newTelegramAccount();
        bind("Двушколова Тестовая");
        assertThat(press("vwy:" + visit)).contains("больше не действует");
        assertThat(press("ve:" + visit)).contains("больше не действует");
        assertThat(jdbc.sql("select withdrawn from visit where id = ?").param(visit).query(Boolean.class).single()).isFalse();
    }

    @Test
    void onlyCuratorsConfirmVisitsAndOnlyCoordinatorsSeeTheTerritoryOrInvite() {
        bind("Координаторша Школьная");
        assertThat(say("/visit")).contains("только кураторы");
        assertThat(say("/export")).contains("только координаторам");
        assertThat(press("vo:2021:1")).contains("только координаторам");
        assertThat(press("inv:1")).contains("только координаторам");

        newTelegramAccount();
        bind("Муниципальный Проверочный");
        assertThat(say("/visits")).contains("Визиты кураторов — 1 этап 2021 года").contains("Третья школа")
                .doesNotContain("Веселовская");
        assertThat(press("inv:" + member("Образцов Иван Условный").personId())).contains("больше не действует");
        assertThat(press("inv:" + member("Админ Проверочный").personId())).contains("больше не действует");
        assertThat(say("/visit")).contains("только кураторы");
    }

    @Test
    void aCoordinatorInvitesTheirPeopleButNoOneWhoSeesMoreThanThey() {
        people.importTable(("ФИО;Роль;Территория;Школа;Краткое название;Год\n"
                + "Региональная Проверочная;региональный координатор;Ростовская область;;;\n").getBytes(StandardCharsets.UTF_8));
        bind("Региональная Проверочная");

        String list = say("/invite");
        assertThat(list).contains("Кожина Х.А. — куратор").contains("Лукьянова И.О. — муниципальный координатор")
                .doesNotContain("Администратор Горячей Линии").doesNotContain("Учебный Сергей");
        assertThat(press("inv:" + member("Администратор Горячей Линии").personId())).contains("больше не действует");
        assertThat(press("inv:" + member("Кожина Х.А.").personId())).contains("https://t.me/hotline500_bot?start=inv_");

    }

    @Test
    void onlyAnAdministratorMayLoadTheDirectoryByFile() {
        Inbound.Document file = new Inbound.Document(1, ChatRef.privateChat(user.userId()), user, 5, "f-1", "люди.csv", 10L, "");
        assertThat(render(router.route(file))).contains("только администраторы");

        bind("Админ Проверочный");
        assertThat(render(router.route(file))).contains("Файлы я принимаю только в Telegram");
    }

    private void bind(String name) {
        Member member = member(name);
        invitations.redeem(invitations.invite(member.personId(), "тест").code(), user.userId());
    }

    private int standing(String curator) {
        return jdbc.sql("select count(*) from visit where curator_id = ? and withdrawn = false")
                .param(member(curator).personId()).query(Integer.class).single();
    }

    private String say(String text) {
        return render(router.route(TestChats.message(user, text)));
    }

    private String press(String data) {
        return render(router.route(TestChats.press(user, data)));
    }

    private static String render(List<Outgoing> replies) {
        StringBuilder text = new StringBuilder();
        for (Outgoing reply : replies) {
            if (reply instanceof Outgoing.Message message) {
                text.append(message.text()).append('\n');
                message.buttons().forEach(row -> text.append(String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())).append('\n'));
            } else if (reply instanceof Outgoing.ButtonAnswer answer && answer.notice() != null) {
                text.append(answer.notice()).append('\n');
            }
        }
        return text.toString();
    }
}

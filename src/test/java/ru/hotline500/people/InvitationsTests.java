package ru.hotline500.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.visits.VisitsTestContext;

/**
 * Invitation links bind a Telegram account to a person of the sample directory. Each test invites its own people
 * and uses its own Telegram accounts (the database is shared with the visits tests, which bind Кожина).
 */
class InvitationsTests extends VisitsTestContext {

    @Autowired
    Invitations invitations;

    @Test
    void bindsTheAccountThatOpensTheInvitation() {
        Member coordinator = member("Лукьянова И.О.");
        assertThat(coordinator.bound()).isFalse();

        InvitationLink link = invitations.invite(coordinator.personId(), "тест");
        Redemption redemption = invitations.redeem(link.code(), 700_001L);

        assertThat(redemption).isInstanceOfSatisfying(Redemption.Bound.class, bound -> {
            assertThat(bound.person().personId()).isEqualTo(coordinator.personId());
            assertThat(bound.person().bound()).isTrue();
        });
        assertThat(directory.byTelegram(700_001L)).hasValueSatisfying(m -> assertThat(m.fullName()).isEqualTo("Лукьянова И.О."));
        assertThat(directory.telegramOf(coordinator.personId())).contains(700_001L);
        assertThat(link.person().personId()).isEqualTo(coordinator.personId());
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void letsTheSameAccountOpenTheSameLinkAgain() {
        Member coordinator = member("Соболева Е.В.");
        String code = invitations.invite(coordinator.personId(), "тест").code();
        invitations.redeem(code, 700_002L);
        clock.advance(Duration.ofDays(30));

        assertThat(invitations.redeem(code, 700_002L)).isInstanceOfSatisfying(Redemption.Bound.class,
                bound -> assertThat(bound.person().personId()).isEqualTo(coordinator.personId()));
    }

    @Test
    void refusesAUsedLinkToAnotherAccount() {
        Member coordinator = member("Примеров Пётр Тестович");
        String code = invitations.invite(coordinator.personId(), "тест").code();
        invitations.redeem(code, 700_003L);

        assertThat(invitations.redeem(code, 700_004L)).isEqualTo(new Redemption.Refused(Redemption.Reason.USED));
        assertThat(directory.byTelegram(700_004L)).isEmpty();
        assertThat(directory.telegramOf(coordinator.personId())).contains(700_003L);
    }

    @Test
    void refusesAnExpiredLink() {
        Member coordinator = member("Пробная Мария Учебная");
        String code = invitations.invite(coordinator.personId(), "тест").code();

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(invitations.redeem(code, 700_005L)).isEqualTo(new Redemption.Refused(Redemption.Reason.EXPIRED));
        assertThat(directory.byTelegram(700_005L)).isEmpty();
    }

    @Test
    void acceptsALinkUpToItsLastMinute() {
        Member curator = member("Вымышленная Патимат Тестовна");
        String code = invitations.invite(curator.personId(), "тест").code();

        clock.advance(Duration.ofDays(7).minusMinutes(1));

        assertThat(invitations.redeem(code, 700_006L)).isInstanceOf(Redemption.Bound.class);
    }

    @Test
    void refusesAnUnknownCode() {
        assertThat(invitations.redeem("inv_nosuchcode", 700_007L)).isEqualTo(new Redemption.Refused(Redemption.Reason.UNKNOWN));
    }

    @Test
    void revokesAnUnusedInvitationWhenANewerOneIsMade() {
        Member coordinator = member("Условный Ахмед Примерович");
        String older = invitations.invite(coordinator.personId(), "тест").code();
        clock.advance(Duration.ofMinutes(5));
        String newer = invitations.invite(coordinator.personId(), "тест").code();

        assertThat(invitations.redeem(older, 700_008L)).isEqualTo(new Redemption.Refused(Redemption.Reason.EXPIRED));
        assertThat(invitations.redeem(newer, 700_008L)).isInstanceOf(Redemption.Bound.class);
    }

    @Test
    void refusesAnAccountBoundToAnotherPerson() {
        Member first = member("Примерная Елена Условная");
        Member second = member("Тестовая Ольга Примерная");
        invitations.redeem(invitations.invite(first.personId(), "тест").code(), 700_009L);
        String code = invitations.invite(second.personId(), "тест").code();

        assertThat(invitations.redeem(code, 700_009L)).isEqualTo(new Redemption.Refused(Redemption.Reason.ACCOUNT_TAKEN));
        assertThat(directory.byTelegram(700_009L)).hasValueSatisfying(m -> assertThat(m.personId()).isEqualTo(first.personId()));
        assertThat(invitations.redeem(code, 700_010L)).as("the link still works for another account")
                .isInstanceOf(Redemption.Bound.class);
    }

    @Test
    void makesCodesThatTelegramTakesAsAStartParameter() {
        Member administrator = member("Администратор Горячей Линии");

        InvitationLink first = invitations.invite(administrator.personId(), "тест");
        InvitationLink second = invitations.invite(administrator.personId(), "тест");

        assertThat(first.code()).startsWith("inv_").matches("[A-Za-z0-9_-]{1,64}");
        assertThat(second.code()).startsWith("inv_").matches("[A-Za-z0-9_-]{1,64}").isNotEqualTo(first.code());
        assertThat(InvitationLink.looksLikeCode(first.code())).isTrue();
        assertThat(InvitationLink.looksLikeCode("dubovsky")).isFalse();
        assertThat(first.url("hotline500_bot")).isEqualTo("https://t.me/hotline500_bot?start=" + first.code());
    }
}

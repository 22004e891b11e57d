package ru.hotline500.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.people.Member;
import ru.hotline500.people.Redemption;
import ru.hotline500.people.SchoolRef;

/**
 * Plans of visits and their reminders, in Moscow time. Кожина (bound to Telegram here) plans Веселовская СШ № 2 and
 * Образцова (never bound) Жуковская СШ № 5; each test has its own day in May–July 2021, so the tests do not meet.
 */
class VisitPlansTests extends VisitsTestContext {

    private static final long KOZHINA_TELEGRAM = 500_100L;

    @Autowired
    VisitPlans plans;
    @Autowired
    VisitConfirmations confirmations;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesAPlanOfACuratorForTheirSchool() {
        moscowTime(LocalDateTime.of(2021, 5, 3, 12, 0));

        Plan plan = planned(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 5, 20), kozhina().personId()), false);

        assertThat(plan.curatorId()).isEqualTo(kozhina().personId());
        assertThat(plan.school()).isEqualTo(veselovskaya());
        assertThat(plan.date()).isEqualTo(LocalDate.of(2021, 5, 20));
        assertThat(plan.overdue()).isFalse();
        assertThat(plans.upcoming(kozhina())).contains(plan);
        assertThat(plans.ownPlan(kozhina(), plan.id())).contains(plan);
        assertThat(plans.ownPlan(obraztsova(), plan.id())).isEmpty();
    }

    @Test
    void storesTheSamePlanTwiceOnce() {
        moscowTime(LocalDateTime.of(2021, 5, 3, 12, 0));
        LocalDate day = LocalDate.of(2021, 5, 21);

        Plan first = planned(plans.plan(kozhina(), veselovskaya().id(), day, kozhina().personId()), false);
        Plan second = planned(plans.plan(kozhina(), veselovskaya().id(), day, kozhina().personId()), true);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(plans.upcoming(kozhina())).filteredOn(p -> p.date().equals(day)).hasSize(1);
    }

    @Test
    void refusesAPlanForADayGoneBy() {
        moscowTime(LocalDateTime.of(2021, 5, 3, 12, 0));

        assertThat(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 5, 2), kozhina().personId()))
                .isEqualTo(new PlanOutcome.Refused(Refusal.DATE_IN_PAST));
        assertThat(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 5, 3), kozhina().personId()))
                .isInstanceOf(PlanOutcome.Planned.class);
    }

    @Test
    void rejectsPlanForSchoolOfAnotherCurator() {
        moscowTime(LocalDateTime.of(2021, 5, 3, 12, 0));

        assertThat(plans.plan(kozhina(), zhukovskaya().id(), LocalDate.of(2021, 5, 25), kozhina().personId()))
                .isEqualTo(new PlanOutcome.Refused(Refusal.NOT_YOUR_SCHOOL));
        assertThat(plans.plan(member("Соболева Е.В."), veselovskaya().id(), LocalDate.of(2021, 5, 25), kozhina().personId()))
                .isEqualTo(new PlanOutcome.Refused(Refusal.NOT_A_CURATOR));
    }

    @Test
    void remindsABoundCuratorTheDayBeforeFromNineInTheMorning() {
        bindKozhina();
        moscowTime(LocalDateTime.of(2021, 6, 1, 12, 0));
        Plan plan = planned(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 6, 10), kozhina().personId()), false);

        moscowTime(LocalDateTime.of(2021, 6, 9, 8, 59));
        assertThat(dueFor(plan)).isEmpty();

        moscowTime(LocalDateTime.of(2021, 6, 9, 9, 30));
        assertThat(dueFor(plan)).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(PlanReminder.Kind.BEFORE);
            assertThat(reminder.telegramUserId()).isEqualTo(KOZHINA_TELEGRAM);
            assertThat(reminder.plan()).isEqualTo(plan);
        });
    }

    @Test
    void remindsNoCuratorWithoutTelegram() {
        moscowTime(LocalDateTime.of(2021, 6, 1, 12, 0));
        Plan plan = planned(plans.plan(obraztsova(), zhukovskaya().id(), LocalDate.of(2021, 6, 10), obraztsova().personId()), false);

        moscowTime(LocalDateTime.of(2021, 6, 9, 9, 30));
        assertThat(dueFor(plan)).isEmpty();

        moscowTime(LocalDateTime.of(2021, 6, 12, 9, 30));
        assertThat(dueFor(plan)).isEmpty();
    }

    @Test
    void claimsAReminderOnce() {
        bindKozhina();
        moscowTime(LocalDateTime.of(2021, 6, 1, 12, 0));
        Plan plan = planned(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 6, 17), kozhina().personId()), false);
        moscowTime(LocalDateTime.of(2021, 6, 16, 9, 30));
        PlanReminder reminder = dueFor(plan).get(0);

        assertThat(claimed(reminder)).isTrue();
        assertThat(claimed(reminder)).isFalse();
        assertThat(dueFor(plan)).isEmpty();
    }

    @Test
    void claimsOnlyInTheCallersTransaction() {
        bindKozhina();
        moscowTime(LocalDateTime.of(2021, 6, 1, 12, 0));
        Plan plan = planned(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 7, 1), kozhina().personId()), false);

        assertThatThrownBy(() -> plans.claim(new PlanReminder(plan, PlanReminder.Kind.BEFORE, KOZHINA_TELEGRAM)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void remindsAgainAndShowsThePlanOverdueTwoDaysAfterWithoutAVisit() {
        bindKozhina();
        moscowTime(LocalDateTime.of(2021, 6, 1, 12, 0));
        Plan plan = planned(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 6, 24), kozhina().personId()), false);

        moscowTime(LocalDateTime.of(2021, 6, 25, 12, 0));
        assertThat(dueFor(plan)).isEmpty();
        assertThat(ofVeselovskaya(plan).overdue()).isFalse();

        moscowTime(LocalDateTime.of(2021, 6, 26, 9, 30));
        assertThat(dueFor(plan)).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(PlanReminder.Kind.AFTER);
            assertThat(reminder.telegramUserId()).isEqualTo(KOZHINA_TELEGRAM);
        });
        assertThat(ofVeselovskaya(plan).overdue()).isTrue();
        PlanReminder after = dueFor(plan).get(0);
        assertThat(claimed(after)).isTrue();
        assertThat(dueFor(plan)).isEmpty();
    }

    @Test
    void takesAPlanWithAVisitConfirmedOnThePlannedDayAsDone() {
        bindKozhina();
        moscowTime(LocalDateTime.of(2021, 6, 1, 12, 0));
        Plan plan = planned(plans.plan(kozhina(), veselovskaya().id(), LocalDate.of(2021, 7, 8), kozhina().personId()), false);
        moscowTime(LocalDateTime.of(2021, 7, 8, 15, 0));
        assertThat(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 7, 8), VisitPurpose.STAGE_ONE, null))
                .isInstanceOf(VisitOutcome.Done.class);

        moscowTime(LocalDateTime.of(2021, 7, 10, 9, 30));

        assertThat(dueFor(plan)).isEmpty();
        assertThat(ofVeselovskaya(plan).overdue()).isFalse();
    }

    private void bindKozhina() {
        String code = invitations.invite(kozhina().personId(), "тест планов").code();
        assertThat(invitations.redeem(code, KOZHINA_TELEGRAM)).isInstanceOf(Redemption.Bound.class);
    }

    /** Claims the reminder as the sender does: in its own transaction. */
    private boolean claimed(PlanReminder reminder) {
        return Boolean.TRUE.equals(transactions.execute(status -> plans.claim(reminder)));
    }

    private List<PlanReminder> dueFor(Plan plan) {
        return plans.dueReminders().stream().filter(r -> r.plan().id() == plan.id()).toList();
    }

    private Plan ofVeselovskaya(Plan plan) {
        List<Plan> found = plans.ofSchools(List.of(veselovskaya().id()), confirmations.stage(2021, 1)).stream()
                .filter(p -> p.id() == plan.id()).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Member kozhina() {
        return member("Кожина Х.А.");
    }

    private Member obraztsova() {
        return member("Образцова Анна Вымышленная");
    }

    private SchoolRef veselovskaya() {
        return directory.curatorSchools(kozhina().personId(), 2021).get(0);
    }

    private SchoolRef zhukovskaya() {
        return directory.curatorSchools(obraztsova().personId(), 2021).get(0);
    }

    private static Plan planned(PlanOutcome outcome, boolean alreadyKnown) {
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        PlanOutcome.Planned planned = (PlanOutcome.Planned) outcome;
        assertThat(planned.alreadyKnown()).as("already known").isEqualTo(alreadyKnown);
        return planned.plan();
    }
}

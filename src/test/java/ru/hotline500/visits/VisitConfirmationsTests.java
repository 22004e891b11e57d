package ru.hotline500.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.hotline500.people.Member;
import ru.hotline500.people.SchoolRef;

/**
 * Visits as curators confirm, correct and withdraw them, on 12 April 2021 in Moscow. Each test has its own day of
 * Кожина's visits to Веселовская СШ № 2 (the sample directory's curator and school), so the tests do not meet.
 */
class VisitConfirmationsTests extends VisitsTestContext {

    @Autowired
    VisitConfirmations confirmations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storesAVisitOfACuratorToTheirSchoolWithItsEvent() {
        Member kozhina = kozhina();

        Visit visit = done(confirmations.confirm(kozhina, veselovskaya().id(), LocalDate.of(2021, 3, 1), VisitPurpose.STAGE_ONE,
                "  Беседа с директором "), false);

        assertThat(visit.curatorId()).isEqualTo(kozhina.personId());
        assertThat(visit.school().fullName()).isEqualTo("МБОУ Веселовская СШ № 2");
        assertThat(visit.comment()).isEqualTo("Беседа с директором");
        assertThat(visit.withdrawn()).isFalse();
        assertThat(actions(visit.id())).containsExactly("CONFIRMED");
        assertThat(confirmations.ownVisit(kozhina, visit.id())).contains(visit);
        assertThat(confirmations.ofCurator(kozhina, confirmations.stage(2021, 1))).contains(visit);
    }

    @Test
    void storesTheSameVisitConfirmedTwiceOnce() {
        LocalDate day = LocalDate.of(2021, 3, 2);

        Visit first = done(confirmations.confirm(kozhina(), veselovskaya().id(), day, VisitPurpose.STAGE_ONE, null), false);
        Visit second = done(confirmations.confirm(kozhina(), veselovskaya().id(), day, VisitPurpose.OTHER, "ещё раз"), true);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.purpose()).isEqualTo(VisitPurpose.STAGE_ONE);
        assertThat(actions(first.id())).containsExactly("CONFIRMED");
        assertThat(jdbc.sql("select count(*) from visit where curator_id = ? and visit_date = ?")
                .params(kozhina().personId(), day).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectsVisitToSchoolOfAnotherCurator() {
        assertThat(confirmations.confirm(kozhina(), zhukovskaya().id(), LocalDate.of(2021, 3, 1), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.NOT_YOUR_SCHOOL));
    }

    @Test
    void rejectsVisitToSchoolOfTheCuratorInAnotherYear() {
        clock.set(java.time.Instant.parse("2022-06-01T09:00:00Z"));

        assertThat(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2022, 5, 10), VisitPurpose.STAGE_ONE, null))
                .as("Кожина is Веселовская's curator in 2021 only").isEqualTo(new VisitOutcome.Refused(Refusal.NOT_YOUR_SCHOOL));
    }

    @Test
    void rejectsAFutureDate() {
        assertThat(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 4, 13), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.DATE_IN_FUTURE));
        assertThat(confirmations.checkDate(kozhina(), LocalDate.of(2021, 4, 12), false)).isEmpty();
    }

    @Test
    void takesTodayInTheTerritorysTimeZone() {
        clock.set(Instant.parse("2021-04-12T22:30:00Z"));

        assertThat(confirmations.today(kozhina())).isEqualTo(LocalDate.of(2021, 4, 13));
        assertThat(confirmations.checkDate(kozhina(), LocalDate.of(2021, 4, 13), false)).isEmpty();
        assertThat(confirmations.checkDate(kozhina(), LocalDate.of(2021, 4, 14), false)).contains(Refusal.DATE_IN_FUTURE);
    }

    @Test
    void tellsADateBeforeTheRoadmapYear() {
        assertThat(confirmations.earliest(kozhina())).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(confirmations.checkDate(kozhina(), LocalDate.of(2020, 12, 30), false)).contains(Refusal.DATE_BEFORE_ROADMAP_YEAR);
        assertThat(confirmations.checkDate(kozhina(), LocalDate.of(2021, 1, 1), false)).isEmpty();
    }

    @Test
    void rejectsADateBeforeTheRoadmapYear() {
        assertThat(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2020, 12, 30), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.DATE_BEFORE_ROADMAP_YEAR));
    }

    @Test
    void refusesAVisitOfASchoolCoordinatorOrAMunicipalCoordinator() {
        Member schoolCoordinator = member("Соболева Е.В.");
        Member municipalCoordinator = member("Лукьянова И.О.");

        assertThat(confirmations.confirm(schoolCoordinator, veselovskaya().id(), LocalDate.of(2021, 3, 1), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.NOT_A_CURATOR));
        assertThat(confirmations.confirm(municipalCoordinator, veselovskaya().id(), LocalDate.of(2021, 3, 1), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.NOT_A_CURATOR));
        assertThat(confirmations.schoolsOf(schoolCoordinator)).isEmpty();
    }

    @Test
    void listsTheCuratorsSchoolsOfThisYear() {
        assertThat(confirmations.schoolsOf(kozhina())).extracting(SchoolRef::label).containsExactly("Веселовская СШ № 2");
        assertThat(confirmations.schoolsOf(member("Образцов Иван Условный"))).isEmpty();
    }

    @Test
    void movesACorrectedVisitAndKeepsItsHistory() {
        Visit visit = done(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 3, 3), VisitPurpose.STAGE_ONE, null), false);

        Visit corrected = done(confirmations.correct(kozhina(), visit.id(), LocalDate.of(2021, 3, 4), VisitPurpose.OTHER, "Совещание"), false);

        assertThat(corrected.id()).isEqualTo(visit.id());
        assertThat(corrected.date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(corrected.purpose()).isEqualTo(VisitPurpose.OTHER);
        assertThat(actions(visit.id())).containsExactly("CONFIRMED", "CORRECTED");
        assertThat(jdbc.sql("select visit_date from visit_event where visit_id = ? order by id").param(visit.id())
                .query(LocalDate.class).list()).containsExactly(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 4));
        assertThat(done(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 3, 3), VisitPurpose.STAGE_ONE, null),
                false).id()).as("a new visit on the day the old one left").isNotEqualTo(visit.id());
    }

    @Test
    void refusesToMoveAVisitToAFutureDay() {
        Visit visit = done(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 3, 9), VisitPurpose.STAGE_ONE, null), false);

        assertThat(confirmations.correct(kozhina(), visit.id(), LocalDate.of(2021, 4, 20), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.DATE_IN_FUTURE));
        assertThat(actions(visit.id())).containsExactly("CONFIRMED");
    }

    @Test
    void rejectsCorrectionOrWithdrawalOfAnotherCuratorsVisit() {
        Visit visit = done(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 3, 10), VisitPurpose.STAGE_ONE, null), false);
        Member obraztsova = member("Образцова Анна Вымышленная");

        assertThat(confirmations.correct(obraztsova, visit.id(), LocalDate.of(2021, 3, 11), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.NOT_YOUR_VISIT));
        assertThat(confirmations.withdraw(obraztsova, visit.id())).isEqualTo(new VisitOutcome.Refused(Refusal.NOT_YOUR_VISIT));
        assertThat(confirmations.ownVisit(obraztsova, visit.id())).isEmpty();
        assertThat(confirmations.withdraw(kozhina(), Long.MAX_VALUE)).isEqualTo(new VisitOutcome.Refused(Refusal.NOT_YOUR_VISIT));
        assertThat(actions(visit.id())).containsExactly("CONFIRMED");
    }

    @Test
    void keepsAWithdrawnVisitOutOfTheCuratorsList() {
        Visit visit = done(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 3, 5), VisitPurpose.STAGE_ONE, null), false);

        Visit withdrawn = done(confirmations.withdraw(kozhina(), visit.id()), false);

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(jdbc.sql("select withdrawn from visit where id = ?").param(visit.id()).query(Boolean.class).single()).isTrue();
        assertThat(actions(visit.id())).containsExactly("CONFIRMED", "WITHDRAWN");
        assertThat(confirmations.ofCurator(kozhina(), confirmations.stage(2021, 1))).extracting(Visit::id).doesNotContain(visit.id());
        assertThat(confirmations.ownVisit(kozhina(), visit.id())).hasValueSatisfying(v -> assertThat(v.withdrawn()).isTrue());
    }

    @Test
    void refusesToWithdrawOrCorrectAVisitTwice() {
        Visit visit = done(confirmations.confirm(kozhina(), veselovskaya().id(), LocalDate.of(2021, 3, 6), VisitPurpose.STAGE_ONE, null), false);
        done(confirmations.withdraw(kozhina(), visit.id()), false);

        assertThat(confirmations.withdraw(kozhina(), visit.id())).isEqualTo(new VisitOutcome.Refused(Refusal.ALREADY_WITHDRAWN));
        assertThat(confirmations.correct(kozhina(), visit.id(), LocalDate.of(2021, 3, 7), VisitPurpose.STAGE_ONE, null))
                .isEqualTo(new VisitOutcome.Refused(Refusal.ALREADY_WITHDRAWN));
        assertThat(actions(visit.id())).containsExactly("CONFIRMED", "WITHDRAWN");
    }

    @Test
    void confirmsAWithdrawnVisitAgainAsANewOne() {
        LocalDate day = LocalDate.of(2021, 3, 8);
        Visit visit = done(confirmations.confirm(kozhina(), veselovskaya().id(), day, VisitPurpose.STAGE_ONE, null), false);
        done(confirmations.withdraw(kozhina(), visit.id()), false);

        Visit again = done(confirmations.confirm(kozhina(), veselovskaya().id(), day, VisitPurpose.STAGE_ONE, null), false);

        assertThat(again.id()).isNotEqualTo(visit.id());
        assertThat(confirmations.ofCurator(kozhina(), confirmations.stage(2021, 1))).extracting(Visit::id)
                .contains(again.id()).doesNotContain(visit.id());
    }

    @Test
    void suggestsTheRoadmapsVisitItemOfTheDay() {
        PurposeSuggestion suggestion = confirmations.suggest(veselovskaya().id(), LocalDate.of(2021, 4, 9));

        assertThat(suggestion.purpose()).isEqualTo(VisitPurpose.STAGE_ONE);
        assertThat(suggestion.itemNumber()).isEqualTo("3");
        assertThat(suggestion.itemAction()).startsWith("Посещение школ-участниц");
        assertThat(suggestion.fromRoadmap()).isTrue();
    }

    @Test
    void suggestsTheCuratorsVisitItemNotTheApprovalOfSchedulesInMarch() {
        assertThat(confirmations.suggest(veselovskaya().id(), LocalDate.of(2021, 3, 15)).itemNumber()).isEqualTo("3");
    }

    @Test
    void suggestsAPrimaryVisitInSakhalinInMarch() {
        SchoolRef school = directory.curatorSchools(member("Учебный Сергей Вымышленный").personId(), 2021).get(0);

        PurposeSuggestion suggestion = confirmations.suggest(school.id(), LocalDate.of(2021, 3, 10));

        assertThat(suggestion.purpose()).isEqualTo(VisitPurpose.PRIMARY);
        assertThat(suggestion.itemNumber()).isEqualTo("3.4");
        assertThat(suggestion.itemAction()).startsWith("Первичное посещение");
    }

    @Test
    void suggestsTheStageWhenNoRoadmapItemCoversTheDay() {
        PurposeSuggestion suggestion = confirmations.suggest(veselovskaya().id(), LocalDate.of(2021, 1, 20));

        assertThat(suggestion.fromRoadmap()).isFalse();
        assertThat(suggestion.purpose()).isEqualTo(VisitPurpose.STAGE_ONE);
    }

    @Test
    void tellsTheStageOfTheDay() {
        assertThat(confirmations.currentStage(kozhina()))
                .isEqualTo(new Stage(2021, 1, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 7, 31)));

        clock.set(Instant.parse("2021-09-01T09:00:00Z"));

        assertThat(confirmations.currentStage(kozhina()))
                .isEqualTo(new Stage(2021, 2, LocalDate.of(2021, 8, 1), LocalDate.of(2021, 12, 31)));
        assertThat(confirmations.stage(2021, 2).label()).isEqualTo("2 этап 2021 года");
    }

    private Member kozhina() {
        return member("Кожина Х.А.");
    }

    private SchoolRef veselovskaya() {
        return directory.curatorSchools(kozhina().personId(), 2021).get(0);
    }

    private SchoolRef zhukovskaya() {
        return directory.curatorSchools(member("Образцова Анна Вымышленная").personId(), 2021).get(0);
    }

    private List<String> actions(long visitId) {
        return jdbc.sql("select action from visit_event where visit_id = ? order by id").param(visitId).query(String.class).list();
    }

    private static Visit done(VisitOutcome outcome, boolean alreadyKnown) {
        assertThat(outcome).isInstanceOf(VisitOutcome.Done.class);
        VisitOutcome.Done done = (VisitOutcome.Done) outcome;
        assertThat(done.alreadyKnown()).as("already known").isEqualTo(alreadyKnown);
        return done.visit();
    }
}

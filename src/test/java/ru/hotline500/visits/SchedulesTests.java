package ru.hotline500.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.people.Member;
import ru.hotline500.people.RowProblem;
import ru.hotline500.tables.UnreadableTableException;

/** A coordinator's schedule of visits: every row checked against the coordinator's territory, all rows or none. */
class SchedulesTests extends VisitsTestContext {

    @Autowired
    Schedules schedules;
    @Autowired
    VisitPlans plans;

    @Test
    void aCoordinatorsScheduleAddsPlansOnceAndTheCuratorSeesThem() {
        Member coordinator = member("Лукьянова И.О.");
        byte[] schedule = table("Куратор;Школа;Дата", "Кожина Х.А.;Веселовская СШ № 2;27.04.2021",
                "Образцова Анна Вымышленная;МБОУ Жуковская СШ № 5;28.04.2021");

        ScheduleImport first = schedules.importSchedule(coordinator, schedule);
        ScheduleImport again = schedules.importSchedule(coordinator, schedule);

        assertThat(first.accepted()).isTrue();
        assertThat(first.plansAdded()).isEqualTo(2);
        assertThat(again.plansAdded()).isZero();
        assertThat(plans.upcoming(member("Кожина Х.А.")).stream().map(Plan::date).map(Object::toString)).contains("2021-04-27");
        assertThat(Schedules.isSchedule(schedule)).isTrue();
    }

    @Test
    void rowsOutsideTheTerritoryOrInThePastRefuseTheWholeScheduleByRowNumber() {
        Member coordinator = member("Лукьянова И.О.");
        int before = plans.upcoming(member("Кожина Х.А.")).size();
        byte[] schedule = table("Дата;Школа;Куратор", "29.04.2021;Веселовская СШ № 2;Кожина Х.А.",
                "30.04.2021;МБОУ Примерная СОШ № 1 (вымышленная);Образцов Иван Условный",
                "01.04.2021;Веселовская СШ № 2;Кожина Х.А.", "когда-нибудь;Веселовская СШ № 2;Кожина Х.А.",
                "30.04.2021;МБОУ Жуковская СШ № 5;Кожина Х.А.");

        ScheduleImport result = schedules.importSchedule(coordinator, schedule);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(RowProblem::row).containsExactly(3, 4, 5, 6);
        assertThat(result.problems().get(0).message()).contains("нет среди кураторов вашей территории");
        assertThat(result.problems().get(1).message()).contains("уже прошла");
        assertThat(result.problems().get(2).message()).contains("не понята");
        assertThat(result.problems().get(3).message()).contains("не закреплена за куратором");
        assertThat(plans.upcoming(member("Кожина Х.А.")).size()).isEqualTo(before);
    }

    @Test
    void theDirectoryIsNotTakenForASchedule() {
        byte[] directoryTable = table("ФИО;Роль;Территория;Школа;Краткое название;Год;Дата", "Кожина Х.А.;куратор;Дубовский район;;;2021;");

        assertThat(Schedules.isSchedule(directoryTable)).isFalse();
        assertThatThrownBy(() -> Schedules.isSchedule(new byte[] {0, 1, 2, 3})).isInstanceOf(UnreadableTableException.class);
    }

    private static byte[] table(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

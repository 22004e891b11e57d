package ru.hotline500.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.visits.Plan;
import ru.hotline500.visits.SchoolVisits;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.Visit;
import ru.hotline500.visits.VisitPurpose;

/** The digest's text: each section (questions waiting included), an empty stage, and a huge territory that must go as several messages. */
class DigestTextTests {

    private static final LocalDate TODAY = LocalDate.of(2021, 4, 12);
    private static final Stage STAGE = Stage.of(TODAY, MonthDay.of(8, 1));
    private static final Member KOZHINA = new Member(1, "Кожина Х.А.", "dubovsky", Set.of(Role.CURATOR), null, true);
    private static final SchoolRef VESELOVSKAYA = new SchoolRef(10, "dubovsky", "МБОУ Веселовская СШ № 2", "Веселовская СШ № 2");
    private static final SchoolRef ZHUKOVSKAYA = new SchoolRef(11, "dubovsky", "МБОУ Жуковская СШ № 5", "Жуковская СШ № 5");

    @Test
    void namesDueAndOverdueItemsWithTheirDatesNumbersAndResponsible() {
        Digest digest = digest(List.of(new DueItem("5", "Размещение в ИС МЭДК концептуальных документов", "Координаторы от ШНОР",
                LocalDate.of(2021, 4, 15))), List.of(new DueItem("1", "Установочный вебинар", "", LocalDate.of(2021, 2, 28))), List.of());

        assertThat(digest.text()).contains("Сводка: Дубовский район, 1 этап 2021 года (на 12.04.2021)")
                .contains("Сроки в ближайшие 14 дней:\n• до 15.04 — п. 5 Размещение в ИС МЭДК концептуальных документов (Координаторы от ШНОР)")
                .contains("Срок прошёл (отметок о выполнении в дорожной карте нет):\n• 28.02 — п. 1 Установочный вебинар\n");
    }

    @Test
    void namesSchoolsWithAVisitThoseWithoutAndPlansNotConfirmed() {
        Visit visit = new Visit(100, 1, VESELOVSKAYA, LocalDate.of(2021, 4, 9), VisitPurpose.STAGE_ONE, null, false);
        Plan missed = new Plan(7, 1, ZHUKOVSKAYA, LocalDate.of(2021, 4, 8), true);
        Digest digest = digest(List.of(), List.of(), List.of(new SchoolVisits(VESELOVSKAYA, List.of(KOZHINA), List.of(visit), List.of()),
                new SchoolVisits(ZHUKOVSKAYA, List.of(KOZHINA), List.of(), List.of(missed))));

        assertThat(digest.text()).contains("Визиты кураторов: с визитом 1 из 2 школ")
                .contains("✅ Веселовская СШ № 2 — Кожина Х.А.: 09.04")
                .contains("❌ Жуковская СШ № 5 — Кожина Х.А.: визита нет")
                .contains("Запланированы и не подтверждены:\n• 08.04 — Жуковская СШ № 5, Кожина Х.А.");
    }

    @Test
    void anEmptyStageSaysSoInOneLinePerSection() {
        String text = digest(List.of(), List.of(), List.of()).text();

        assertThat(text).contains("Сроки в ближайшие 14 дней:\nнет").contains("Срок прошёл (отметок о выполнении в дорожной карте нет):\nнет")
                .contains("с визитом 0 из 0 школ\nшкол в справочнике территории пока нет").doesNotContain("Запланированы")
                .contains("Вопросов, которые давно ждут ответа, нет");
    }

    @Test
    void namesQuestionsWaitingForACoordinatorWithWhoAskedFromWhereAndSinceWhen() {
        Digest digest = new Digest("Дубовский район", TODAY, STAGE, 14, List.of(), List.of(), List.of(), List.of(
                new WaitingQuestion(LocalDate.of(2021, 4, 9), "Кожина Х.А.", "куратор; Дубовский район", "Где взять бланк?")));

        assertThat(digest.text()).contains("❓ Давно ждут ответа координатора: 1 (")
                .contains("• 09.04 Кожина Х.А. (куратор; Дубовский район): «Где взять бланк?»").doesNotContain("Вопросов, которые давно ждут ответа, нет");
    }

    @Test
    void aHugeTerritoryIsLongerThanOneMessageButEveryLineIsShortEnoughToSplitOn() {
        List<SchoolVisits> schools = IntStream.range(0, 400).mapToObj(i -> new SchoolVisits(
                new SchoolRef(1000 + i, "dubovsky", "МБОУ Школа № " + i, null), List.of(KOZHINA), List.of(), List.of())).toList();
        DueItem longAction = new DueItem("2.3", "очень длинное действие ".repeat(30), "все", LocalDate.of(2021, 4, 20));

        String text = digest(List.of(longAction), List.of(), schools).text();

        assertThat(text.length()).isGreaterThan(4096 * 3);
        assertThat(text.lines()).allMatch(line -> line.length() <= 200);
        assertThat(text).contains("…");
    }

    private static Digest digest(List<DueItem> due, List<DueItem> overdue, List<SchoolVisits> schools) {
        return new Digest("Дубовский район", TODAY, STAGE, 14, due, overdue, schools, List.of());
    }
}

package ru.hotline500.roadmap.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.DeadlineKind;

/**
 * Expected results are written as "KIND start..end; start..end", an empty side meaning {@code null}
 * ("UNTIL_DATE ..2021-04-15", "CONTINUOUS 2020-09-01..").
 */
class DeadlineParserTests {

    private static final String MONTHS_OF_2022 = "RECURRING 2022-01-01..2022-01-31; 2022-02-01..2022-02-28; "
            + "2022-03-01..2022-03-31; 2022-04-01..2022-04-30; 2022-05-01..2022-05-31; 2022-06-01..2022-06-30; "
            + "2022-07-01..2022-07-31; 2022-08-01..2022-08-31; 2022-09-01..2022-09-30; 2022-10-01..2022-10-31; "
            + "2022-11-01..2022-11-30; 2022-12-01..2022-12-31";

    private final DeadlineParser parser = new DeadlineParser();

    private String parsed(String text, Integer roadmapYear) {
        return describe(parser.parse(text, roadmapYear));
    }

    private static String describe(Deadline deadline) {
        String windows = deadline.windows().stream()
                .map(w -> Objects.toString(w.start(), "") + ".." + Objects.toString(w.end(), ""))
                .collect(Collectors.joining("; "));
        return windows.isEmpty() ? deadline.kind().name() : deadline.kind() + " " + windows;
    }

    @Nested
    class SeedRoadmapStrings {

        @ParameterizedTest(name = "\"{0}\" (roadmap {1}) -> {2}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                декабрь 2021                          | -    | MONTHS 2021-12-01..2021-12-31
                январь-февраль 2022                   | -    | MONTHS 2022-01-01..2022-02-28
                март-апрель 2022                      | -    | MONTHS 2022-03-01..2022-04-30
                Сентябрь 2022                         | -    | MONTHS 2022-09-01..2022-09-30
                май-июнь 2022                         | -    | MONTHS 2022-05-01..2022-06-30
                сентябрь 2022                         | -    | MONTHS 2022-09-01..2022-09-30
                февраль – май 2022                    | -    | MONTHS 2022-02-01..2022-05-31
                август – ноябрь 2022                  | -    | MONTHS 2022-08-01..2022-11-30
                май 202 2                             | -    | MONTHS 2022-05-01..2022-05-31
                на постоянно й основе с сентября 2020 | -    | CONTINUOUS 2020-09-01..
                июнь – октябрь 2022                   | -    | MONTHS 2022-06-01..2022-10-31
                ноябрь-декабрь 2022                   | -    | MONTHS 2022-11-01..2022-12-31
                Февраль 2021 г.                       | -    | MONTHS 2021-02-01..2021-02-28
                Март, сентябрь 2021                   | -    | SEVERAL 2021-03-01..2021-03-31; 2021-09-01..2021-09-30
                Март-декабрь 2021 г.                  | -    | MONTHS 2021-03-01..2021-12-31
                До 15 апреля 2021 г.                  | -    | UNTIL_DATE ..2021-04-15
                Май 2021 г.                           | -    | MONTHS 2021-05-01..2021-05-31
                25 мая 2021 г.                        | -    | EXACT_DATE 2021-05-25..2021-05-25
                Июнь                                  | 2021 | MONTHS 2021-06-01..2021-06-30
                До 20.08.2021                         | -    | UNTIL_DATE ..2021-08-20
                Август-октябрь 2021                   | -    | MONTHS 2021-08-01..2021-10-31
                Июнь-август 2021                      | -    | MONTHS 2021-06-01..2021-08-31
                20 октября 2021 г.                    | -    | EXACT_DATE 2021-10-20..2021-10-20
                Октябрь-ноябрь 2021 г.                | -    | MONTHS 2021-10-01..2021-11-30
                Декабрь 2021 г.                       | -    | MONTHS 2021-12-01..2021-12-31
                22.01.2021                            | -    | EXACT_DATE 2021-01-22..2021-01-22
                27-28.01.2021                         | -    | DATE_RANGE 2021-01-27..2021-01-28
                10.03.2021- 02.04.2021                | -    | DATE_RANGE 2021-03-10..2021-04-02
                Декабрь 2021                          | -    | MONTHS 2021-12-01..2021-12-31
                Февраль                               | 2022 | MONTHS 2022-02-01..2022-02-28
                Февраль-декабрь                       | 2022 | MONTHS 2022-02-01..2022-12-31
                Апрель                                | 2022 | MONTHS 2022-04-01..2022-04-30
                Январь-февраль 2022                   | -    | MONTHS 2022-01-01..2022-02-28
                В течении года                        | 2022 | WHOLE_YEAR 2022-01-01..2022-12-31
                В течение года                        | 2022 | WHOLE_YEAR 2022-01-01..2022-12-31
                Декабрь 2021 - январь 2022            | -    | MONTHS 2021-12-01..2022-01-31
                Январь-апрель 2022                    | -    | MONTHS 2022-01-01..2022-04-30
                До 1 апреля 2022                      | -    | UNTIL_DATE ..2022-04-01
                До 15 мая 2022                        | -    | UNTIL_DATE ..2022-05-15
                До 15 мая                             | 2022 | UNTIL_DATE ..2022-05-15
                Март-апрель 2022                      | -    | MONTHS 2022-03-01..2022-04-30
                Апрель - май 2022                     | -    | MONTHS 2022-04-01..2022-05-31
                Сентябрь - октябрь 2022               | -    | MONTHS 2022-09-01..2022-10-31
                Октябрь – ноябрь 2022                 | -    | MONTHS 2022-10-01..2022-11-30
                До 1 марта 2022                       | -    | UNTIL_DATE ..2022-03-01
                В течении года по графику             | 2022 | WHOLE_YEAR 2022-01-01..2022-12-31
                До 04.06.2022                         | -    | UNTIL_DATE ..2022-06-04
                До 01.09.2022                         | -    | UNTIL_DATE ..2022-09-01
                Ноябрь 2022                           | -    | MONTHS 2022-11-01..2022-11-30
                2022                                  | -    | PERIOD 2022-01-01..2022-12-31
                """)
        void parsesSeedStringAsTheConventionsSay(String text, Integer roadmapYear, String expected) {
            Deadline deadline = parser.parse(text, roadmapYear);

            assertThat(describe(deadline)).isEqualTo(expected);
            assertThat(deadline.text()).isEqualTo(text);
        }

        @Test
        void parsesMonthlyScheduleSeedStringAsTwelveMonths() {
            assertThat(parsed("Ежемесячно по графику", 2022)).isEqualTo(MONTHS_OF_2022);
        }
    }

    @Nested
    class ExactDates {

        @Test
        void parsesNumericDate() {
            Deadline deadline = parser.parse("22.01.2021", null);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.EXACT_DATE);
            assertThat(deadline.windows()).containsExactly(DateWindow.day(LocalDate.of(2021, 1, 22)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                25 мая 2021 г.  | EXACT_DATE 2021-05-25..2021-05-25
                1.5.2021        | EXACT_DATE 2021-05-01..2021-05-01
                3 сент. 2021    | EXACT_DATE 2021-09-03..2021-09-03
                29.02.2024      | EXACT_DATE 2024-02-29..2024-02-29
                """)
        void parsesDateWithWrittenYear(String text, String expected) {
            assertThat(parsed(text, 2030)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"15.05", "15 мая", "15.05."})
        void takesMissingYearFromRoadmap(String text) {
            assertThat(parsed(text, 2022)).isEqualTo("EXACT_DATE 2022-05-15..2022-05-15");
        }
    }

    @Nested
    class DateRanges {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                27-28.01.2021                 | DATE_RANGE 2021-01-27..2021-01-28
                10.03.2021- 02.04.2021        | DATE_RANGE 2021-03-10..2021-04-02
                с 10 марта по 2 апреля 2021   | DATE_RANGE 2021-03-10..2021-04-02
                10.03.-02.04.2021             | DATE_RANGE 2021-03-10..2021-04-02
                10 марта — 2 апреля 2021 г.   | DATE_RANGE 2021-03-10..2021-04-02
                с 10 по 20 марта 2021         | DATE_RANGE 2021-03-10..2021-03-20
                """)
        void parsesRangeOfDays(String text, String expected) {
            assertThat(parsed(text, null)).isEqualTo(expected);
        }

        @Test
        void parsesDateRangeAcrossNewYearFromOneWrittenYear() {
            assertThat(parsed("28.12-15.01.2022", null)).isEqualTo("DATE_RANGE 2021-12-28..2022-01-15");
        }

        @Test
        void takesMissingYearOfDateRangeFromRoadmap() {
            assertThat(parsed("10-20 марта", 2023)).isEqualTo("DATE_RANGE 2023-03-10..2023-03-20");
        }

        @Test
        void keepsBackwardsDayRangeAsUnknown() {
            assertThat(parsed("28-27.01.2021", null)).isEqualTo("UNKNOWN");
        }

        @Test
        void keepsRangeEndingBeforeItStartsAsUnknown() {
            assertThat(parsed("02.04.2021-10.03.2021", null)).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class UntilDates {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                До 15 апреля 2021 г.    | UNTIL_DATE ..2021-04-15
                До 20.08.2021           | UNTIL_DATE ..2021-08-20
                до 1 апреля 2022        | UNTIL_DATE ..2022-04-01
                не позднее 15.05.2021   | UNTIL_DATE ..2021-05-15
                не позже 1 дек. 2021    | UNTIL_DATE ..2021-12-01
                """)
        void parsesUntilDate(String text, String expected) {
            assertThat(parsed(text, null)).isEqualTo(expected);
        }

        @Test
        void takesMissingYearOfUntilDateFromRoadmap() {
            Deadline deadline = parser.parse("До 15 мая", 2022);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNTIL_DATE);
            assertThat(deadline.windows()).containsExactly(DateWindow.until(LocalDate.of(2022, 5, 15)));
        }
    }

    @Nested
    class Months {

        @Test
        void parsesSingleMonth() {
            Deadline deadline = parser.parse("декабрь 2021", null);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.MONTHS);
            assertThat(deadline.windows())
                    .containsExactly(new DateWindow(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31)));
        }

        @Test
        void parsesMonthRangeAcrossYears() {
            assertThat(parsed("Декабрь 2021 - январь 2022", null)).isEqualTo("MONTHS 2021-12-01..2022-01-31");
        }

        @Test
        void putsStartOfWrappingRangeInPreviousYear() {
            assertThat(parsed("ноябрь-февраль 2022", null)).isEqualTo("MONTHS 2021-11-01..2022-02-28");
        }

        @Test
        void carriesStartYearForwardOverNewYear() {
            assertThat(parsed("декабрь 2021-январь", 2030)).isEqualTo("MONTHS 2021-12-01..2022-01-31");
        }

        @Test
        void takesMissingYearOfMonthRangeFromRoadmap() {
            assertThat(parsed("Февраль-декабрь", 2022)).isEqualTo("MONTHS 2022-02-01..2022-12-31");
        }

        @Test
        void joinsYearSplitByStraySpace() {
            assertThat(parsed("май 202 2", null)).isEqualTo("MONTHS 2022-05-01..2022-05-31");
        }

        @Test
        void keepsBackwardsMonthRangeWithBothYearsAsUnknown() {
            assertThat(parsed("январь 2022 - декабрь 2021", null)).isEqualTo("UNKNOWN");
        }

        @ParameterizedTest(name = "\"{0}\" is month {1}")
        @CsvSource({
                "январь, 1", "января, 1", "январе, 1", "янв., 1", "фев, 2", "февр., 2", "февраля, 2", "марте, 3",
                "апреля, 4", "май, 5", "мая, 5", "мае, 5", "июне, 6", "июля, 7", "августе, 8", "сент., 9",
                "сентябре, 9", "окт., 10", "октября, 10", "нояб., 11", "ноябре, 11", "дек., 12", "декабре, 12"})
        void readsMonthNameInEveryCaseAndAbbreviation(String word, int month) {
            Deadline deadline = parser.parse(word + " 2021", null);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.MONTHS);
            assertThat(deadline.start()).isEqualTo(LocalDate.of(2021, month, 1));
        }

        @Test
        void readsMonthWithYearWrittenWithoutSpace() {
            assertThat(parsed("Май2021г.", null)).isEqualTo("MONTHS 2021-05-01..2021-05-31");
        }
    }

    @Nested
    class Several {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Март, сентябрь 2021          | SEVERAL 2021-03-01..2021-03-31; 2021-09-01..2021-09-30
                март и сентябрь 2021         | SEVERAL 2021-03-01..2021-03-31; 2021-09-01..2021-09-30
                25.05.2021, 20.10.2021       | SEVERAL 2021-05-25..2021-05-25; 2021-10-20..2021-10-20
                25 мая, 20 октября 2021 г.   | SEVERAL 2021-05-25..2021-05-25; 2021-10-20..2021-10-20
                сентябрь 2021, январь        | SEVERAL 2021-09-01..2021-09-30; 2021-01-01..2021-01-31
                январь-февраль, май 2022     | SEVERAL 2022-01-01..2022-02-28; 2022-05-01..2022-05-31
                """)
        void parsesOneWindowPerPartInWrittenOrder(String text, String expected) {
            assertThat(parsed(text, null)).isEqualTo(expected);
        }

        @Test
        void takesYearOfYearlessPartsFromRoadmap() {
            assertThat(parsed("март, сентябрь", 2023))
                    .isEqualTo("SEVERAL 2023-03-01..2023-03-31; 2023-09-01..2023-09-30");
        }

        @ParameterizedTest
        @ValueSource(strings = {"март, участие в вебинаре", "до 1 марта, до 1 мая 2021", "март,, май 2021"})
        void keepsListWithUnreadablePartAsUnknown(String text) {
            assertThat(parsed(text, 2021)).isEqualTo("UNKNOWN");
        }

        @Test
        void ignoresTrailingComma() {
            assertThat(parsed("Март, сентябрь 2021,", null))
                    .isEqualTo("SEVERAL 2021-03-01..2021-03-31; 2021-09-01..2021-09-30");
        }
    }

    @Nested
    class Continuous {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                на постоянной основе с сентября 2020  | CONTINUOUS 2020-09-01..
                на постоянно й основе с сентября 2020 | CONTINUOUS 2020-09-01..
                с сентября 2020                       | CONTINUOUS 2020-09-01..
                с 1 марта 2021                        | CONTINUOUS 2021-03-01..
                постоянно                             | CONTINUOUS ..
                на постоянной основе                  | CONTINUOUS ..
                Постоянно                             | CONTINUOUS ..
                """)
        void parsesContinuousForm(String text, String expected) {
            assertThat(parsed(text, null)).isEqualTo(expected);
        }

        @Test
        void takesStartYearFromRoadmap() {
            assertThat(parsed("с сентября", 2021)).isEqualTo("CONTINUOUS 2021-09-01..");
        }

        @Test
        void hasOpenWindowWithoutStartOrEnd() {
            Deadline deadline = parser.parse("постоянно", null);

            assertThat(deadline.windows()).containsExactly(new DateWindow(null, null));
        }
    }

    @Nested
    class WholeYear {

        @ParameterizedTest
        @ValueSource(strings = {"В течение года", "В течении года", "В течении года по графику",
                "в течение года по отдельному графику"})
        void coversRoadmapYear(String text) {
            assertThat(parsed(text, 2022)).isEqualTo("WHOLE_YEAR 2022-01-01..2022-12-31");
        }

        @Test
        void prefersWrittenYearToRoadmapYear() {
            assertThat(parsed("в течение 2022 года", 2021)).isEqualTo("WHOLE_YEAR 2022-01-01..2022-12-31");
        }

        @Test
        void coversSchoolYearEndingInRoadmapYear() {
            assertThat(parsed("в течение учебного года", 2022)).isEqualTo("WHOLE_YEAR 2021-09-01..2022-05-31");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2021-2022 учебный год", "2021/2022 учебный год", "2021 / 2022 учебный год",
                "в 2021-2022 учебном году"})
        void coversWrittenSchoolYear(String text) {
            assertThat(parsed(text, null)).isEqualTo("WHOLE_YEAR 2021-09-01..2022-05-31");
        }

        @Test
        void keepsSchoolYearOfNonConsecutiveYearsAsUnknown() {
            assertThat(parsed("2021-2023 учебный год", null)).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class Recurring {

        @ParameterizedTest
        @ValueSource(strings = {"Ежемесячно по графику", "ежемесячно"})
        void parsesMonthlyAsEveryMonthOfRoadmapYear(String text) {
            assertThat(parsed(text, 2022)).isEqualTo(MONTHS_OF_2022);
        }

        @Test
        void parsesQuarterlyAsFourQuarters() {
            assertThat(parsed("ежеквартально", 2022)).isEqualTo("RECURRING 2022-01-01..2022-03-31; "
                    + "2022-04-01..2022-06-30; 2022-07-01..2022-09-30; 2022-10-01..2022-12-31");
        }

        @Test
        void parsesWeeklyAsWholeYear() {
            assertThat(parsed("еженедельно", 2022)).isEqualTo("RECURRING 2022-01-01..2022-12-31");
        }

        @Test
        void parsesMonthlyDeadlineDayAsTwelveUntilWindows() {
            Deadline deadline = parser.parse("до 1 числа каждого месяца", 2022);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
            assertThat(deadline.windows()).hasSize(12)
                    .startsWith(DateWindow.until(LocalDate.of(2022, 1, 1)), DateWindow.until(LocalDate.of(2022, 2, 1)))
                    .endsWith(DateWindow.until(LocalDate.of(2022, 12, 1)));
        }

        @Test
        void parsesMonthlyUntilFifth() {
            Deadline deadline = parser.parse("ежемесячно до 5 числа", 2022);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
            assertThat(deadline.windows()).hasSize(12)
                    .allMatch(w -> w.start() == null && w.end().getDayOfMonth() == 5 && w.end().getYear() == 2022)
                    .extracting(w -> w.end().getMonthValue())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        }

        @Test
        void endsFebruaryWindowOnItsLastDayWhenDayIsMissing() {
            Deadline deadline = parser.parse("до 30 числа каждого месяца", 2022);

            assertThat(deadline.windows().get(1)).isEqualTo(DateWindow.until(LocalDate.of(2022, 2, 28)));
            assertThat(deadline.windows().get(2)).isEqualTo(DateWindow.until(LocalDate.of(2022, 3, 30)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"последняя пятница месяца", "в последнюю пятницу каждого месяца", "Последняя пятница месяца."})
        void theLastWeekdayOfEachMonthIsThatDayOfEveryMonth(String text) {
            Deadline deadline = parser.parse(text, 2022);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
            assertThat(deadline.windows()).hasSize(12).allSatisfy(window -> {
                assertThat(window.start()).isEqualTo(window.end());
                assertThat(window.end().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
                assertThat(window.end().plusWeeks(1).getMonth()).isNotEqualTo(window.end().getMonth());
            });
            assertThat(deadline.windows().get(0).end()).hasToString("2022-01-28");
        }

        @Test
        void keepsDayWithoutMonthlyWordsAsUnknown() {
            assertThat(parsed("до 5 числа", 2022)).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class BySchedule {

        @ParameterizedTest
        @ValueSource(strings = {"по отдельному графику", "по графику", "согласно графику", "по отдельному плану",
                "По графику.", "по графику ФИОКО", "по графику ЦНППМ", "согласно графику Минпросвещения России",
                "в сроки, установленные Минпросвещения России", "В сроки, определенные ФИОКО", "в установленные сроки"})
        void hasNoWindows(String text) {
            Deadline deadline = parser.parse(text, null);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.BY_SCHEDULE);
            assertThat(deadline.windows()).isEmpty();
        }

        @Test
        void aDateWrittenBesideTheScheduleIsNotLeftOut() {
            assertThat(parser.parse("по графику, не позднее 1 июня 2022", null).kind()).isNotEqualTo(DeadlineKind.BY_SCHEDULE);
        }
    }

    @Nested
    class Periods {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                I квартал 2023           | PERIOD 2023-01-01..2023-03-31
                1 квартал                | PERIOD 2022-01-01..2022-03-31
                4 кв. 2022               | PERIOD 2022-10-01..2022-12-31
                II-III кварталы          | PERIOD 2022-04-01..2022-09-30
                II–III квартал           | PERIOD 2022-04-01..2022-09-30
                последний квартал        | PERIOD 2022-10-01..2022-12-31
                последняя декада декабря | PERIOD 2022-12-21..2022-12-31
                последнее полугодие 2023 | PERIOD 2023-07-01..2023-12-31
                IV квартал               | PERIOD 2022-10-01..2022-12-31
                1 полугодие              | PERIOD 2022-01-01..2022-06-30
                первое полугодие         | PERIOD 2022-01-01..2022-06-30
                II полугодие 2021        | PERIOD 2021-07-01..2021-12-31
                1-я декада марта         | PERIOD 2022-03-01..2022-03-10
                2 декада апреля 2021     | PERIOD 2021-04-11..2021-04-20
                третья декада мая        | PERIOD 2022-05-21..2022-05-31
                третья декада февраля    | PERIOD 2022-02-21..2022-02-28
                2022                     | PERIOD 2022-01-01..2022-12-31
                2021 г.                  | PERIOD 2021-01-01..2021-12-31
                2021 год                 | PERIOD 2021-01-01..2021-12-31
                """)
        void parsesPartOfYear(String text, String expected) {
            assertThat(parsed(text, 2022)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5 квартал 2022", "III полугодие", "4 декада марта", "1 декада", "III-II кварталы",
                "1 квартал марта"})
        void keepsImpossiblePeriodAsUnknown(String text) {
            assertThat(parsed(text, 2022)).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class MissingRoadmapYear {

        @ParameterizedTest
        @ValueSource(strings = {"Июнь", "Февраль-декабрь", "15 мая", "15.05", "До 15 мая", "10-20 марта",
                "с сентября", "В течение года", "в течение учебного года", "Ежемесячно по графику", "ежеквартально",
                "до 1 числа каждого месяца", "1 квартал", "третья декада мая", "март, сентябрь"})
        void makesYearlessFormsUnknown(String text) {
            Deadline deadline = parser.parse(text, null);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNKNOWN);
            assertThat(deadline.windows()).isEmpty();
            assertThat(deadline.text()).isEqualTo(text);
        }

        @Test
        void stillReadsFormsThatNeedNoYear() {
            assertThat(parsed("по графику", null)).isEqualTo("BY_SCHEDULE");
            assertThat(parsed("постоянно", null)).isEqualTo("CONTINUOUS ..");
        }
    }

    @Nested
    class InvalidDates {

        @ParameterizedTest
        @ValueSource(strings = {"31.02.2021", "29.02.2021", "15.13.2021", "00.05.2021", "32 мая 2021",
                "До 31.04.2022", "30-31.02.2021", "с 31 апреля 2021"})
        void keepsImpossibleDateAsUnknown(String text) {
            Deadline deadline = parser.parse(text, 2021);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNKNOWN);
            assertThat(deadline.text()).isEqualTo(text);
        }
    }

    @Nested
    class Unparseable {

        @ParameterizedTest
        @ValueSource(strings = {"Проекта 5 00+", "Участие в вебинаре", "май 2021 и далее", "до конца года",
                "1.5", "ежемесячно по понедельникам", "2021-2022", "декабрь 2021 года, по запросу", "март-",
                "в течение", "1999", "с", "-", "..."})
        void keepsUnparseableTextAsUnknown(String text) {
            Deadline deadline = parser.parse(text, 2022);

            assertThat(deadline).isEqualTo(Deadline.unknown(text));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void treatsMissingTextAsUnknown(String text) {
            Deadline deadline = parser.parse(text, 2022);

            assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNKNOWN);
            assertThat(deadline.text()).isEqualTo(text == null ? "" : text);
        }

        @Test
        void keepsOriginalTextExactly() {
            String text = "  Май  2021 г. ";

            Deadline deadline = parser.parse(text, null);

            assertThat(deadline.text()).isEqualTo(text);
            assertThat(describe(deadline)).isEqualTo("MONTHS 2021-05-01..2021-05-31");
        }
    }

    @Nested
    class Normalisation {

        @ParameterizedTest
        @ValueSource(strings = {"февраль-май 2022", "февраль – май 2022", "февраль — май 2022", "февраль − май 2022",
                "февраль ‐ май 2022", "ФЕВРАЛЬ\u00A0-\u00A0МАЙ 2022 г.", "февраль  -  май  2022 года"})
        void treatsDashesSpacesAndCaseAlike(String text) {
            assertThat(parsed(text, null)).isEqualTo("MONTHS 2022-02-01..2022-05-31");
        }

        @Test
        void readsYoAsYe() {
            assertThat(parsed("В течЁние года", 2022)).isEqualTo("WHOLE_YEAR 2022-01-01..2022-12-31");
        }

        @Test
        void rejoinsWordSplitByStraySpace() {
            assertThat(parsed("с сент ября 2020", null)).isEqualTo("CONTINUOUS 2020-09-01..");
        }
    }

    @Nested
    class YearsIn {

        @Test
        void findsEveryYearInOrder() {
            assertThat(parser.yearsIn("Декабрь 2021 - январь 2022")).containsExactly(2021, 2022);
        }

        @Test
        void joinsYearSplitByStraySpace() {
            assertThat(parser.yearsIn("май 202 2")).containsExactly(2022);
        }

        @Test
        void findsYearsInsideNumericDatesWithRepeats() {
            assertThat(parser.yearsIn("10.03.2021- 02.04.2021")).containsExactly(2021, 2021);
        }

        @Test
        void findsYearsFollowedByYearWords() {
            assertThat(parser.yearsIn("Дорожная карта на 2021/2022 гг., утверждена в 2021г."))
                    .containsExactly(2021, 2022, 2021);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Проекта 5 00+", "1999 и 2100", "телефон 8920202212", "Июнь", ""})
        void ignoresNumbersThatAreNotYearsOfThisCentury(String text) {
            assertThat(parser.yearsIn(text)).isEmpty();
        }

        @Test
        void returnsEmptyListForNull() {
            assertThat(parser.yearsIn(null)).isEmpty();
        }
    }
}

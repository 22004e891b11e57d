package ru.hotline500.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableInterpreterTests {

    private static final RawRow HEADER = RawRow.row(List.of("№ п/п", "Описание действий", "Дата реализации", "Показатель"));

    @Test
    void findsColumnsByHeaderWordsWhateverTheirOrder() {
        ColumnLayout layout = ColumnLayout.ofHeader(List.of("Дата", "Описание действий", "Исполнитель", "Показатель для контроля")).orElseThrow();

        assertThat(layout.index(ColumnRole.DEADLINE)).isZero();
        assertThat(layout.index(ColumnRole.ACTION)).isEqualTo(1);
        assertThat(layout.index(ColumnRole.RESPONSIBLE)).isEqualTo(2);
        assertThat(layout.index(ColumnRole.INDICATOR)).isEqualTo(3);
        assertThat(layout.has(ColumnRole.NUMBER)).isFalse();
    }

    @Test
    void skipsRepeatedHeadersAndAppendsContinuationRowsToTheItemBefore() {
        DraftTable table = TableInterpreter.interpret(List.of(HEADER,
                RawRow.row(List.of("1.8", "Посещение школ с целью оказания методической", "август – ноябрь 2022", "Наличие графиков")),
                RawRow.paragraph("¹ Далее - Проект 500+"),
                HEADER,
                RawRow.row(List.of("", "поддержки (2 этап)", "", "закрепленными кураторами"))));

        assertThat(table.items()).singleElement().satisfies(item -> {
            assertThat(Cells.clean(item.raw(1))).isEqualTo("Посещение школ с целью оказания методической поддержки (2 этап)");
            assertThat(Cells.clean(item.raw(3))).isEqualTo("Наличие графиков закрепленными кураторами");
        });
        assertThat(table.paragraphs()).containsExactly("¹ Далее - Проект 500+");
    }

    @Test
    void sectionRowsStartSectionsAndEmptyItemsAreSkippedWithAWarning() {
        DraftTable table = TableInterpreter.interpret(List.of(HEADER,
                RawRow.row(List.of("2. Информационное сопровождение", "", "", "")),
                RawRow.row(List.of("2. 1", "Вебинар", "февраль 2022", "")),
                RawRow.row(List.of("2.13", "", "", ""))));

        assertThat(table.sections()).containsExactly(new DraftSection("2", "Информационное сопровождение"));
        assertThat(table.items()).extracting(DraftItem::number).containsExactly("2.1");
        assertThat(table.items().get(0).section()).isEqualTo(new DraftSection("2", "Информационное сопровождение"));
        assertThat(table.warnings()).singleElement().asString().contains("2.13");
    }

    @Test
    void aRowWithTextThatIsNotANumberInTheNumberColumnIsAddedToTheItemBeforeWithAWarning() {
        DraftTable table = TableInterpreter.interpret(List.of(HEADER,
                RawRow.row(List.of("1.1", "Вебинар", "март 2022", "")),
                RawRow.row(List.of("а)", "для директоров", "", "протокол"))));

        assertThat(table.items()).singleElement().satisfies(item -> assertThat(Cells.clean(item.raw(1))).isEqualTo("Вебинар для директоров"));
        assertThat(table.warnings()).singleElement().asString().contains("«а)»").contains("пункту 1.1");
    }

    @Test
    void aNumberTwiceInTheTableIsKeptTwiceAndReported() {
        DraftTable table = TableInterpreter.interpret(List.of(HEADER,
                RawRow.row(List.of("3,1", "Вебинар", "март 2022", "")),
                RawRow.row(List.of("3,1", "Семинар", "апрель 2022", ""))));

        assertThat(table.items()).extracting(DraftItem::number).containsExactly("3.1", "3.1");
        assertThat(table.warnings()).singleElement().asString().contains("Номер 3.1 встречается в таблице дважды");
    }

    @Test
    void sectionsWithRomanNumbersTakeTheirTitleFromTheActionColumn() {
        DraftTable table = TableInterpreter.interpret(List.of(HEADER,
                RawRow.row(List.of("I.", "Организационные мероприятия", "", "")),
                RawRow.row(List.of("1.1", "Вебинар", "март 2022", "")),
                RawRow.row(List.of("II", "Методическое сопровождение", "", "")),
                RawRow.row(List.of("2.1", "Семинар", "апрель 2022", ""))));

        assertThat(table.sections()).containsExactly(new DraftSection("I", "Организационные мероприятия"),
                new DraftSection("II", "Методическое сопровождение"));
        assertThat(table.items()).extracting(item -> item.section().number()).containsExactly("I", "II");
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void aHeaderOverTwoRowsNamesTheColumnsByTheirLowerCellsOnEveryPage() {
        DraftTable table = TableInterpreter.interpret(List.of(
                RawRow.row(List.of("№ п/п", "Мероприятие", "Срок", "Исполнители", "")),
                RawRow.row(List.of("", "", "", "Ответственные", "Соисполнители")),
                RawRow.row(List.of("1", "2", "3", "4", "5")),
                RawRow.row(List.of("1.1", "Вебинар", "март 2022", "Минпросвещения", "ЦНППМ")),
                RawRow.row(List.of("№ п/п", "Мероприятие", "Срок", "Исполнители", "")),
                RawRow.row(List.of("", "", "", "Ответственные", "Соисполнители")),
                RawRow.row(List.of("1", "2", "3", "4", "5"))));

        assertThat(table.layout().index(ColumnRole.RESPONSIBLE)).isEqualTo(3);
        assertThat(table.layout().extras()).containsEntry(4, "Соисполнители");
        assertThat(table.items()).singleElement().satisfies(item -> assertThat(Cells.clean(item.raw(4))).isEqualTo("ЦНППМ"));
        assertThat(table.warnings()).singleElement().asString().contains("номерами граф");
    }

    @Test
    void stopsAtATableOfAnotherKind() {
        DraftTable table = TableInterpreter.interpret(List.of(HEADER,
                RawRow.row(List.of("1", "Вебинар", "март 2022", "")),
                RawRow.row(List.of("№", "ФИО", "Место работы", "должность")),
                RawRow.row(List.of("2", "Иванова Ирина", "МБОУ СОШ № 1", "директор"))));

        assertThat(table.items()).extracting(DraftItem::number).containsExactly("1");
    }

    @Test
    void splitsARowThatStartsWithTheEndOfThePreviousItem() {
        RawRow header = RawRow.row(List.of("№", "Задачи", "Сроки", "Исполнители"));
        DraftTable table = TableInterpreter.interpret(List.of(header,
                RawRow.row(List.of("3.4.", "<p>Экспертиза документов</p>", "<p>До 15 мая</p>", "<p>ОГАУ</p>")),
                RawRow.row(List.of("3.5", "<p>муниципальных графиков</p> <p>Организация площадки</p>", "2022", "«Институт»")),
                RawRow.row(List.of("", "", "Март-апрель 2022", "<p>Центр мастерства</p>"))));

        assertThat(table.items()).extracting(DraftItem::number).containsExactly("3.4", "3.5");
        DraftItem first = table.items().get(0);
        DraftItem second = table.items().get(1);
        assertThat(Cells.clean(first.raw(1))).isEqualTo("Экспертиза документов муниципальных графиков");
        assertThat(Cells.clean(first.raw(2))).isEqualTo("До 15 мая 2022");
        assertThat(Cells.clean(first.raw(3))).isEqualTo("ОГАУ «Институт»");
        assertThat(Cells.clean(second.raw(1))).isEqualTo("Организация площадки");
        assertThat(Cells.clean(second.raw(2))).isEqualTo("Март-апрель 2022");
        assertThat(Cells.clean(second.raw(3))).isEqualTo("Центр мастерства");
    }

    @Test
    void numbersRowsInOrderWhenTheTableHasNoNumberColumn() {
        RawRow header = RawRow.row(List.of("Дата", "Описание действий", "Исполнитель"));
        DraftTable table = TableInterpreter.interpret(List.of(header,
                RawRow.row(List.of("Февраль", "Назначение координатора", "МКУ")),
                RawRow.row(List.of("Март", "Заключение договоров", ""))));

        assertThat(table.items()).extracting(DraftItem::number).containsExactly("1", "2");
    }

    @Test
    void keepsTheTextBeforeTheTableAsPreamble() {
        DraftTable table = TableInterpreter.interpret(List.of(RawRow.paragraph("ПРИКАЗ"),
                RawRow.row(List.of("от", "№")), HEADER, RawRow.row(List.of("1", "Вебинар", "март 2022", ""))));

        assertThat(table.preamble()).containsExactly("ПРИКАЗ", "от №");
    }
}

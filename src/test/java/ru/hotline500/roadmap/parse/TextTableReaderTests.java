package ru.hotline500.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableReaderTests {

    private final TextTableReader reader = new TextTableReader();

    @Test
    void readsTabSeparatedRowsAndJoinsParagraphLines() {
        List<RawRow> rows = read("Дорожная карта\nна 2022 год\n\n№\tМероприятие\tСрок\n1.1\tВебинар\tмарт 2022\n");

        assertThat(rows).containsExactly(
                RawRow.paragraph("Дорожная карта на 2022 год"),
                RawRow.row(List.of("№", "Мероприятие", "Срок")),
                RawRow.row(List.of("1.1", "Вебинар", "март 2022")));
    }

    @Test
    void readsOneCellPerLineWithContinuationLines() {
        List<RawRow> rows = read("Заголовок\n\n\t1.2.\n\tНазначение муниципальных\nкоординаторов\n\tМОСО\nОМСУ\n\t25.01.2021\n\n"
                + "\t1.3.\n\tОтбор\n\tМОСО\n\t26.01.2021\n");

        assertThat(rows).containsExactly(
                RawRow.paragraph("Заголовок"),
                RawRow.row(List.of("1.2.", "Назначение муниципальных\nкоординаторов", "МОСО\nОМСУ", "25.01.2021")),
                RawRow.row(List.of("1.3.", "Отбор", "МОСО", "26.01.2021")));
    }

    @Test
    void keepsEmptyCellsSoColumnsStayInPlace() {
        List<RawRow> rows = read("№\tМероприятие\tСрок\tПоказатель\n\tпродолжение\t\tещё\n");

        assertThat(rows.get(1).cells()).containsExactly("", "продолжение", "", "ещё");
    }

    @Test
    void readsWindows1251Exports() {
        byte[] content = "№\tМероприятие\tСрок\n1\tВебинар\tмарт 2022\n".getBytes(Charset.forName("windows-1251"));

        assertThat(reader.read(content)).last().isEqualTo(RawRow.row(List.of("1", "Вебинар", "март 2022")));
    }

    @Test
    void dropsTheByteOrderMark() {
        assertThat(read("\uFEFFЗаголовок\n")).containsExactly(RawRow.paragraph("Заголовок"));
    }

    private List<RawRow> read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }
}

package ru.hotline500.roadmap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of document that is not a roadmap is refused with a Russian reason. */
class BadDocumentTests {

    private final RoadmapReader reader = new RoadmapReader(64 * 1024);

    @Test
    void refusesAnEmptyFile() {
        assertRefused("пусто.txt", new byte[0], "пуст");
    }

    @Test
    void refusesAFileOfBlankLines() {
        assertRefused("пусто.txt", "\n\n   \n\t\n".getBytes(StandardCharsets.UTF_8), "пуст");
    }

    @Test
    void refusesBinaryContent() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[10] = 0;
        assertRefused("картинка.txt", noise, "двоичные");
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        byte[] big = "Дорожная карта\tсрок\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        assertRefused("большой.txt", big, "слишком большой");
    }

    @Test
    void refusesTextWithoutARoadmapTable() {
        byte[] letter = "Уважаемые коллеги!\nПросим прислать отчёты до 15 мая.\nС уважением, МК".getBytes(StandardCharsets.UTF_8);
        assertRefused("письмо.txt", letter, "не найдена таблица");
    }

    @Test
    void refusesATableOfOtherThings() {
        byte[] people = "№\tФИО\tМесто работы\tдолжность\n1\tИванова И.И.\tМБОУ СОШ № 1\tдиректор\n".getBytes(StandardCharsets.UTF_8);
        assertRefused("состав.txt", people, "не найдена таблица");
    }

    @Test
    void refusesAHeaderWithoutItems() {
        byte[] header = "Дорожная карта на 2022 год\n№\tМероприятие\tСрок\tОтветственный\n".getBytes(StandardCharsets.UTF_8);
        assertRefused("шапка.txt", header, "нет ни одного пункта");
    }

    @Test
    void refusesAPdf() {
        assertRefused("карта.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "PDF");
    }

    @Test
    void refusesAnOldWordDocument() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused("карта.doc", doc, ".docx");
    }

    @ParameterizedTest
    @CsvSource({"карта.docx", "карта.xlsx", "карта.zip"})
    void refusesABrokenOfficeFileWhateverItsName(String name) {
        byte[] broken = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(name, broken, "похоже, он повреждён");
    }

    private void assertRefused(String name, byte[] content, String reason) {
        assertThatThrownBy(() -> reader.read(name, content, 2022))
                .isInstanceOf(RoadmapRejectedException.class)
                .hasMessageContaining(reason);
    }
}

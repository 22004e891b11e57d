package ru.hotline500.telegram.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import ru.hotline500.people.People;
import ru.hotline500.tables.ZipBombs;

/** Files people send as a directory that are none: each with what its refusal must say. */
final class RefusedFiles {

    record Refused(String what, String fileName, byte[] content, String says) {

        @Override
        public String toString() {
            return what;
        }
    }

    private RefusedFiles() {
    }

    static List<Refused> all() {
        return List.of(
                new Refused("a Word document", "справочник.docx", docx(), "Это документ Word (.docx) — такие файлы я не читаю."),
                new Refused("a zip bomb", "справочник.xlsx", ZipBombs.of(200), "в распакованном виде занимает больше 100 МБ"),
                new Refused("a CSV with a stray quote", "справочник.csv",
                        utf8("ФИО;Роль;Территория\n\"Иванова\" Анна;куратор;Дубовский район\n"), "кавычки не закрыты или стоят посреди значения"),
                new Refused("an empty file", "справочник.csv", new byte[0], "Файл пустой"),
                new Refused("a table without its header row", "справочник.csv",
                        utf8("Иванова Анна;куратор;Дубовский район\nПетров Пётр;куратор;Дубовский район\n"), "не найдена строка заголовков"),
                new Refused("binary junk", "справочник.csv", junk(), "в нём двоичные данные"),
                new Refused("an old Excel file", "справочник.xls", oldOffice(), "старого формата"),
                new Refused("a file over 5 MB", "справочник.csv", new byte[6 * 1024 * 1024], "Файл слишком большой: 6 МБ"),
                new Refused("more rows than one import takes", "справочник.csv",
                        utf8("ФИО;Роль;Территория\n" + "И;к;т\n".repeat(People.LARGEST_TABLE + 1)), "больше 200\u00A0000 строк"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A real .docx holding a directory as a Word table. */
    private static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(2, 3);
            List<String> cells = List.of("ФИО", "Роль", "Территория", "Иванова Анна", "куратор", "Дубовский район");
            for (int i = 0; i < cells.size(); i++) {
                table.getRow(i / 3).getCell(i % 3).setText(cells.get(i));
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] junk() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[3] = 0;
        return junk;
    }

    private static byte[] oldOffice() {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        return header;
    }
}

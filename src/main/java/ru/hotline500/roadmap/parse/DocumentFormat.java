package ru.hotline500.roadmap.parse;

import java.util.Locale;
import ru.hotline500.roadmap.RoadmapRejectedException;

/** The formats a roadmap can come in, told apart by content first and by file name second. */
enum DocumentFormat {
    TEXT, DOCX, XLSX, CSV;

    static DocumentFormat detect(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return zipFormat(name, content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new RoadmapRejectedException("Старые форматы Word и Excel (.doc, .xls) не поддерживаются: "
                    + "сохраните документ как .docx или .xlsx и загрузите снова.");
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            throw new RoadmapRejectedException("PDF не поддерживается: сохраните таблицу как .docx, .xlsx или текст и загрузите снова.");
        }
        return name.endsWith(".csv") ? CSV : TEXT;
    }

    private static DocumentFormat zipFormat(String name, byte[] content) {
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("word/")) {
            return DOCX;
        }
        if (head.contains("xl/")) {
            return XLSX;
        }
        throw new RoadmapRejectedException("Архив не похож ни на документ Word (.docx), ни на таблицу Excel (.xlsx).");
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    TableReader reader() {
        switch (this) {
            case DOCX:
                return new DocxTableReader();
            case XLSX:
                return new XlsxTableReader();
            case CSV:
                return new CsvTableReader();
            default:
                return new TextTableReader();
        }
    }
}

package ru.hotline500.roadmap.parse;

import java.util.Locale;
import ru.hotline500.tables.FileKind;

/**
 * The formats a roadmap can come in, told apart by content: a Word document and an Excel workbook by the parts of
 * the ZIP, text by the absence of binary data; of text, a name ending in .csv means CSV.
 */
enum DocumentFormat {
    TEXT, DOCX, XLSX, CSV;

    /** The files a roadmap may come in, in the accusative, for refusals. */
    static final String ACCEPTED = "документ Word (.docx), таблицу Excel (.xlsx), файл CSV или текст (.txt)";

    /** @throws ru.hotline500.tables.UnreadableTableException for any other kind of file, an empty or a damaged one */
    static DocumentFormat detect(String fileName, byte[] content) {
        FileKind kind = FileKind.of(content);
        return switch (kind) {
            case DOCX -> DOCX;
            case XLSX -> XLSX;
            case TEXT -> fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT;
            default -> throw kind.refusal(ACCEPTED);
        };
    }

    TableReader reader() {
        return switch (this) {
            case DOCX -> new DocxTableReader();
            case XLSX -> new XlsxTableReader();
            case CSV -> new CsvTableReader();
            case TEXT -> new TextTableReader();
        };
    }
}

package ru.hotline500.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables people export: CSV as Excel or LibreOffice save it (semicolon, comma or tab; UTF-8 with or without
 * BOM, or Windows-1251) and every sheet of an .xlsx workbook (date cells as dd.MM.yyyy). Each row is a list of cells.
 * The kind of file is told from its content; anything else is refused with a Russian sentence saying what to send
 * (see {@link UnreadableTableException}), never with a library's message.
 */
public final class TableFiles {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TableFiles() {
    }

    /**
     * The whole table.
     *
     * @throws UnreadableTableException when the file is not a readable .xlsx or CSV
     */
    public static List<List<String>> read(byte[] content) {
        return read(content, Integer.MAX_VALUE);
    }

    /** Only the first rows (of each sheet of a workbook): enough to find a header without reading a large file whole. */
    public static List<List<String>> head(byte[] content, int rows) {
        return read(content, rows);
    }

    private static List<List<String>> read(byte[] content, int rows) {
        FileKind kind = FileKind.of(content);
        return switch (kind) {
            case XLSX -> xlsx(content, rows);
            case TEXT -> csv(content, FileTexts.TABLES);
            default -> throw kind.refusal(FileTexts.TABLES);
        };
    }

    /** Every sheet of a workbook, whatever the file's kind was taken for. */
    public static List<List<String>> xlsx(byte[] content) {
        return xlsx(content, Integer.MAX_VALUE);
    }

    private static List<List<String>> xlsx(byte[] content, int rows) {
        refuseZipBomb(content);
        try {
            return XlsxRows.read(content, rows);
        } catch (Exception e) {
            throw new UnreadableTableException(FileProblem.DAMAGED, FileTexts.damaged(), e);
        }
    }

    /**
     * Refuses a ZIP (an .xlsx or .docx) that is damaged or unpacks to far more than any table, before a library
     * opens it.
     */
    public static void refuseZipBomb(byte[] content) {
        ZipEntries.of(content).checkUnpackedSize();
    }

    /** @param accepted the files accepted where this one came, for the refusal of binary content */
    public static List<List<String>> csv(byte[] content, String accepted) {
        String text = decodeText(content, accepted);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
        List<List<String>> rows = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = format.parse(new StringReader(text));
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableTableException(FileProblem.DAMAGED, FileTexts.brokenCsv(brokenLine(parser, rows.size())), e);
        }
    }

    /** The line (from 1) where the parser stopped: it counts the line breaks it has passed. */
    private static long brokenLine(CSVParser parser, int rowsRead) {
        return parser == null ? rowsRead + 1 : parser.getCurrentLineNumber() + 1;
    }

    /**
     * Exported text: UTF-8 (with or without BOM), else Windows-1251; binary content is refused.
     *
     * @param accepted the files accepted where this one came, for the refusal of binary content
     */
    public static String decodeText(byte[] content, String accepted) {
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableTableException(FileProblem.NOT_TEXT, FileTexts.notText(accepted));
            }
        }
        String text = strictDecode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = strictDecode(content, WINDOWS_1251);
        }
        if (text == null) {
            throw new UnreadableTableException(FileProblem.NOT_TEXT, FileTexts.unknownEncoding());
        }
        if (controlCharacterShare(text) > 0.01) {
            throw new UnreadableTableException(FileProblem.NOT_TEXT, FileTexts.notText(accepted));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator that occurs most in the first lines. */
    static char delimiter(String text) {
        String head = text.lines().limit(20).reduce("", (a, b) -> a + b);
        char best = ';';
        long bestCount = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = head.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String strictDecode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double controlCharacterShare(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }
}

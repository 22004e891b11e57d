package ru.hotline500.roadmap.parse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ru.hotline500.roadmap.RoadmapRejectedException;

/** Reads CSV as saved by Excel or LibreOffice: semicolon, comma or tab separated, UTF-8 or Windows-1251. */
final class CsvTableReader implements TableReader {

    @Override
    public List<RawRow> read(byte[] content) {
        String text = PlainText.decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
        try {
            List<RawRow> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new StringReader(text))) {
                rows.add(RawRow.row(record.toList()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RoadmapRejectedException("CSV-файл не читается: " + e.getMessage(), e);
        }
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
}

package ru.hotline500.roadmap.parse;

import java.util.List;
import ru.hotline500.roadmap.RoadmapRejectedException;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;

/** Reads CSV as saved by Excel or LibreOffice: semicolon, comma or tab separated, UTF-8 or Windows-1251. */
final class CsvTableReader implements TableReader {

    @Override
    public List<RawRow> read(byte[] content) {
        try {
            return TableFiles.csv(content, DocumentFormat.ACCEPTED).stream().map(RawRow::row).toList();
        } catch (UnreadableTableException e) {
            throw new RoadmapRejectedException(e.getMessage(), e);
        }
    }
}

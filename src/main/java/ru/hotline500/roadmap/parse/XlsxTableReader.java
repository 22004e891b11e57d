package ru.hotline500.roadmap.parse;

import java.util.List;
import ru.hotline500.roadmap.RoadmapRejectedException;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;

/** Reads every sheet of an Excel workbook row by row; date cells are written as dd.MM.yyyy. */
final class XlsxTableReader implements TableReader {

    @Override
    public List<RawRow> read(byte[] content) {
        try {
            return TableFiles.xlsx(content).stream().map(RawRow::row).toList();
        } catch (UnreadableTableException e) {
            throw new RoadmapRejectedException(e.getMessage(), e);
        }
    }
}

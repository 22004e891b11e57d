package ru.hotline500.roadmap.parse;

import ru.hotline500.roadmap.RoadmapRejectedException;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;

/** Decodes exported text (see {@link TableFiles#decodeText}); an unreadable one rejects the roadmap. */
final class PlainText {

    private PlainText() {
    }

    static String decode(byte[] content) {
        try {
            return TableFiles.decodeText(content, DocumentFormat.ACCEPTED);
        } catch (UnreadableTableException e) {
            throw new RoadmapRejectedException(e.getMessage(), e);
        }
    }
}

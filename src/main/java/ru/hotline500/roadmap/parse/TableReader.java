package ru.hotline500.roadmap.parse;

import java.util.List;

/** Turns one document format into rows and paragraphs, in document order. */
interface TableReader {

    /** @throws ru.hotline500.roadmap.RoadmapRejectedException when the content is not a readable document of this format */
    List<RawRow> read(byte[] content);
}

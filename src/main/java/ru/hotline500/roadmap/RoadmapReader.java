package ru.hotline500.roadmap;

import ru.hotline500.roadmap.parse.RoadmapDocuments;

/**
 * Reads roadmap documents (plain-text exports of Word/PDF tables, DOCX, XLSX, CSV) without storing anything:
 * usable without the application context, e.g. by {@code roadmap parse}.
 */
public final class RoadmapReader {

    /** Documents larger than this are refused unless configured otherwise. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final RoadmapDocuments documents;

    public RoadmapReader(long maxBytes) {
        this.documents = new RoadmapDocuments(maxBytes);
    }

    /**
     * @param year the roadmap's year, or {@code null} to take it from the document
     * @throws RoadmapRejectedException with a Russian reason when the document is not a readable roadmap
     */
    public ParsedRoadmap read(String fileName, byte[] content, Integer year) {
        return documents.parse(fileName, content, year);
    }
}

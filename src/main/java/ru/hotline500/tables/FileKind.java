package ru.hotline500.tables;

import java.nio.charset.StandardCharsets;

/**
 * What a file is, told from its first bytes (and, for a ZIP, from the names inside it) rather than from its name:
 * people rename files, and Telegram passes on whatever name they had.
 */
public enum FileKind {
    EMPTY("пустой файл"),
    XLSX("таблица Excel (.xlsx)"),
    DOCX("документ Word (.docx)"),
    PPTX("презентация PowerPoint (.pptx)"),
    ODS("таблица OpenDocument (.ods)"),
    ODT("документ OpenDocument (.odt)"),
    ZIP("архив ZIP"),
    LEGACY_OFFICE("файл старого формата Word или Excel (.doc, .xls)"),
    PDF("документ PDF"),
    IMAGE("изображение"),
    ARCHIVE("архив (RAR или 7z)"),
    BINARY("двоичный файл"),
    TEXT("текст");

    /** Bytes looked at to tell text from binary data: a NUL among them is never text. */
    private static final int SNIFFED = 8192;

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** How a person would name it, in the nominative: "документ Word (.docx)". */
    public String label() {
        return label;
    }

    /**
     * The refusal of a file of this kind where {@code accepted} files are expected ("таблицу Excel (.xlsx) или файл
     * CSV"): an empty file, binary data, or a kind not read there.
     */
    public UnreadableTableException refusal(String accepted) {
        return switch (this) {
            case EMPTY -> new UnreadableTableException(FileProblem.EMPTY, FileTexts.empty());
            case BINARY -> new UnreadableTableException(FileProblem.NOT_TEXT, FileTexts.notText(accepted));
            default -> new UnreadableTableException(FileProblem.WRONG_KIND, FileTexts.wrongKind(this, accepted));
        };
    }

    /**
     * The kind of the content.
     *
     * @throws UnreadableTableException when it starts as a ZIP whose table of contents cannot be read (a damaged file)
     */
    public static FileKind of(byte[] content) {
        if (isBlank(content)) {
            return EMPTY;
        }
        if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)) {
            return ZipEntries.of(content).kind();
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return LEGACY_OFFICE;
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G') || startsWith(content, 0xFF, 0xD8, 0xFF) || startsWith(content, 'G', 'I', 'F', '8')) {
            return IMAGE;
        }
        if (startsWith(content, 'R', 'a', 'r', '!') || startsWith(content, '7', 'z', 0xBC, 0xAF)) {
            return ARCHIVE;
        }
        for (int i = 0; i < Math.min(content.length, SNIFFED); i++) {
            if (content[i] == 0) {
                return BINARY;
            }
        }
        return TEXT;
    }

    /** The kind of an OOXML or OpenDocument package by the parts it holds; any other ZIP is an archive. */
    static FileKind ofZip(java.util.Collection<String> names, byte[] mimetype) {
        if (names.contains("xl/workbook.xml") || names.contains("xl/workbook.bin")) {
            return XLSX;
        }
        if (names.contains("word/document.xml")) {
            return DOCX;
        }
        if (names.contains("ppt/presentation.xml")) {
            return PPTX;
        }
        String type = mimetype == null ? "" : new String(mimetype, StandardCharsets.US_ASCII);
        if (type.contains("opendocument.spreadsheet")) {
            return ODS;
        }
        return type.contains("opendocument.text") ? ODT : ZIP;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
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
}

package ru.hotline500.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The table of contents of a ZIP (every .xlsx and .docx is one), read from the bytes before any library opens the
 * file. A small file that unpacks into gigabytes (a "zip bomb") is refused here: first by the sizes the archive
 * declares, which costs nothing, then by unpacking it into nowhere with a cap, since a forged archive may declare
 * small sizes. POI would otherwise try to hold every part in memory and fail with a message of its own.
 */
final class ZipEntries {

    /** Largest unpacked content accepted; a directory of 100,000 people unpacks to about 20 MB. */
    static final long LARGEST_UNPACKED = 100L * 1024 * 1024;
    /** A part compressed more than this is not a spreadsheet (POI's own limit is the same). */
    static final int LARGEST_RATIO = 100;
    /** Small parts compress as they like. */
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final long MASK_32 = 0xFFFFFFFFL;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    record Entry(String name, long compressed, long unpacked, int method, long headerOffset) {
    }

    private final byte[] content;
    private final List<Entry> entries;

    private ZipEntries(byte[] content, List<Entry> entries) {
        this.content = content;
        this.entries = entries;
    }

    /** @throws UnreadableTableException (damaged) when the table of contents is missing or broken */
    static ZipEntries of(byte[] content) {
        try {
            return new ZipEntries(content, read(content));
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            throw damaged(e);
        }
    }

    FileKind kind() {
        List<String> names = entries.stream().map(Entry::name).toList();
        return FileKind.ofZip(names, entries.stream().filter(e -> e.name().equals("mimetype") && e.method() == 0)
                .findFirst().map(this::storedBytes).orElse(null));
    }

    /**
     * Refuses an archive that unpacks to more than {@link #LARGEST_UNPACKED} or a part compressed over
     * {@link #LARGEST_RATIO} times, by what it declares and then by what it really holds.
     *
     * @throws UnreadableTableException (unpacks too large, or damaged)
     */
    void checkUnpackedSize() {
        long declared = 0;
        for (Entry entry : entries) {
            declared += entry.unpacked();
            if (declared > LARGEST_UNPACKED || tooCompressed(entry.unpacked(), entry.compressed())) {
                throw tooLarge("declared: part " + entry.name() + " of " + entry.unpacked() + " bytes from " + entry.compressed());
            }
        }
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        for (Entry entry : entries) {
            unpacked += unpack(entry, buffer, LARGEST_UNPACKED - unpacked);
            if (unpacked > LARGEST_UNPACKED) {
                throw tooLarge("unpacked over " + LARGEST_UNPACKED + " bytes though " + declared + " declared");
            }
        }
    }

    /**
     * Unpacks one part into nowhere, from where its local header says its data start and for as many bytes as the
     * central directory says it takes; counts up to just past {@code room}. The central directory is used rather
     * than {@code ZipInputStream}, which misreads the ZIP64 data descriptors that streaming writers (POI's SXSSF)
     * leave after each part.
     */
    private long unpack(Entry entry, byte[] buffer, long room) {
        int header = (int) entry.headerOffset();
        if (header < 0 || header + 30 > content.length || int32(content, header) != LOCAL_HEADER) {
            throw damaged(new IllegalStateException("no local header at " + header + " for " + entry.name()));
        }
        int start = header + 30 + int16(content, header + 26) + int16(content, header + 28);
        if (start + entry.compressed() > content.length) {
            throw damaged(new IllegalStateException("part " + entry.name() + " runs past the end of the file"));
        }
        if (entry.method() == STORED) {
            return entry.compressed();
        }
        if (entry.method() != DEFLATED) {
            throw damaged(new IllegalStateException("part " + entry.name() + " packed by method " + entry.method()));
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(content, start, (int) entry.compressed());
            long unpacked = 0;
            while (!inflater.finished() && !inflater.needsInput() && unpacked <= room) {
                int read = inflater.inflate(buffer);
                if (read == 0 && inflater.needsDictionary()) {
                    throw damaged(new IllegalStateException("part " + entry.name() + " asks for a dictionary"));
                }
                unpacked += read;
            }
            return unpacked;
        } catch (DataFormatException e) {
            throw damaged(e);
        } finally {
            inflater.end();
        }
    }

    private static UnreadableTableException damaged(Exception cause) {
        return new UnreadableTableException(FileProblem.DAMAGED, FileTexts.damaged(), cause);
    }

    private static boolean tooCompressed(long unpacked, long compressed) {
        return unpacked > RATIO_CHECKED_FROM && unpacked > LARGEST_RATIO * Math.max(compressed, 1);
    }

    private static UnreadableTableException tooLarge(String technical) {
        return new UnreadableTableException(FileProblem.UNPACKS_TOO_LARGE,
                FileTexts.unpacksTooLarge(LARGEST_UNPACKED), new IllegalStateException("zip bomb refused: " + technical));
    }

    private byte[] storedBytes(Entry entry) {
        int at = (int) entry.headerOffset();
        if (int32(content, at) != LOCAL_HEADER) {
            return null;
        }
        int start = at + 30 + int16(content, at + 26) + int16(content, at + 28);
        return Arrays.copyOfRange(content, start, (int) Math.min(content.length, start + Math.min(entry.compressed(), 200)));
    }

    private static List<Entry> read(byte[] content) {
        int end = endOfDirectory(content);
        long count = int16(content, end + 10);
        long offset = int32(content, end + 16) & MASK_32;
        if ((count == 0xFFFF || offset == MASK_32) && end >= 20 && int32(content, end - 20) == ZIP64_LOCATOR) {
            int zip64End = (int) int64(content, end - 20 + 8);
            count = int64(content, zip64End + 32);
            offset = int64(content, zip64End + 48);
        }
        List<Entry> entries = new ArrayList<>();
        int at = (int) offset;
        for (long i = 0; i < count; i++) {
            if (int32(content, at) != DIRECTORY_ENTRY) {
                throw new IllegalStateException("no directory entry at " + at);
            }
            int nameLength = int16(content, at + 28);
            int extraLength = int16(content, at + 30);
            String name = new String(content, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            long[] sizes = {int32(content, at + 24) & MASK_32, int32(content, at + 20) & MASK_32, int32(content, at + 42) & MASK_32};
            zip64Sizes(content, at + 46 + nameLength, extraLength, sizes);
            entries.add(new Entry(name, sizes[1], sizes[0], int16(content, at + 10), sizes[2]));
            at += 46 + nameLength + extraLength + int16(content, at + 32);
        }
        return entries;
    }

    /** Sizes of 0xFFFFFFFF are in the ZIP64 extra field, in the order: unpacked, compressed, header offset. */
    private static void zip64Sizes(byte[] content, int extra, int length, long[] sizes) {
        int at = extra;
        while (at + 4 <= extra + length) {
            int id = int16(content, at);
            int size = int16(content, at + 2);
            if (id == 1) {
                int field = at + 4;
                for (int i = 0; i < sizes.length && field + 8 <= at + 4 + size; i++) {
                    if (sizes[i] == MASK_32) {
                        sizes[i] = int64(content, field);
                        field += 8;
                    }
                }
            }
            at += 4 + size;
        }
    }

    private static int endOfDirectory(byte[] content) {
        for (int at = content.length - 22; at >= Math.max(0, content.length - 22 - 0xFFFF); at--) {
            if (int32(content, at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        throw new IllegalStateException("no end of central directory");
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return int16(b, at) | int16(b, at + 2) << 16;
    }

    private static long int64(byte[] b, int at) {
        return (int32(b, at) & MASK_32) | (long) int32(b, at + 4) << 32;
    }
}

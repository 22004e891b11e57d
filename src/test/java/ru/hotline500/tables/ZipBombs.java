package ru.hotline500.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files that unpack into far more than any table: .xlsx-looking ZIPs whose sheet is megabytes of spaces. */
public final class ZipBombs {

    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

    private ZipBombs() {
    }

    /** A ZIP that says truly how large its sheet unpacks. */
    public static byte[] of(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same, forged: its table of contents says every part unpacks to 1,000 bytes. */
    public static byte[] lying(int megabytes) {
        byte[] zip = of(megabytes);
        for (int at = 0; at + 28 <= zip.length; at++) {
            if (int32(zip, at) == CENTRAL_DIRECTORY_ENTRY) {
                zip[at + 24] = (byte) 0xE8;
                zip[at + 25] = 0x03;
                zip[at + 26] = 0;
                zip[at + 27] = 0;
            }
        }
        return zip;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}

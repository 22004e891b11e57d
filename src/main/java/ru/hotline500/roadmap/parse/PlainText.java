package ru.hotline500.roadmap.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import ru.hotline500.roadmap.RoadmapRejectedException;

/** Decodes exported text: UTF-8 (with or without BOM), else Windows-1251, refusing binary content. */
final class PlainText {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private PlainText() {
    }

    static String decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new RoadmapRejectedException("Файл не похож на текст или таблицу: в нём двоичные данные.");
            }
        }
        String text = strictDecode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = strictDecode(content, WINDOWS_1251);
        }
        if (text == null || controlCharacterShare(text) > 0.01) {
            throw new RoadmapRejectedException("Файл не похож на текст: не удалось прочитать его ни как UTF-8, ни как Windows-1251.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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

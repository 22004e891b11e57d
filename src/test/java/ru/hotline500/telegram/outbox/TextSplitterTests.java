package ru.hotline500.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTests {

    @Test
    void aShortTextStaysWhole() {
        assertThat(TextSplitter.split("одна строка\nвторая", 4096)).containsExactly("одна строка\nвторая");
    }

    @Test
    void aLongTextIsCutOnLineBoundariesWithinTheLimit() {
        String line = "• 25 мая 2021 — «Мониторинг 1 этап» (п. 7)";
        String text = String.join("\n", java.util.Collections.nCopies(200, line));

        List<String> parts = TextSplitter.split(text, 4096);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts).allSatisfy(p -> assertThat(p.split("\n")).allMatch(line::equals));
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void aSingleLineLongerThanTheLimitIsCutAtASpace() {
        String text = "слово ".repeat(1000).strip();

        List<String> parts = TextSplitter.split(text, 4096);

        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p).doesNotStartWith(" ").doesNotEndWith("сл"));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }
}

package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.testing.MutableClock;

/**
 * Every transcript of conversations/ played through the router that serves Telegram, with what it sends recorded
 * from the persisted outbox (the sender's input), on the transcript's day. A transcript fails when the bot answers
 * differently from what it shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/transcripts-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
class ConversationTranscriptsTests {

    @TestConfiguration
    static class TranscriptDay {

        @Bean
        @Primary
        MutableClock transcriptClock() {
            return new MutableClock(Instant.parse("2021-01-01T09:00:00Z"));
        }
    }

    @Autowired
    BotRouter router;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    BotIdentity identity;

    @BeforeEach
    void botKnowsItsName() {
        identity.learned(TranscriptPlayer.BOT_NAME);
    }

    static Stream<Path> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("conversations"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void theBotStillAnswersAsTheTranscriptShows(Path file) {
        replay(Transcript.read(file));
    }

    @Test
    void aTranscriptFailsWhenTheBotSaysSomethingElse() {
        Transcript wrong = Transcript.parse("wrong.txt", List.of("сегодня: 2021-04-10", "> /help",
                "< Я отвечаю на вопросы о сроках", "< этой строки в подсказке нет"));

        assertThatThrownBy(() -> replay(wrong)).isInstanceOf(AssertionError.class).hasMessageContaining("wrong.txt:2 «/help»");
    }

    private void replay(Transcript transcript) {
        TranscriptPlayer player = playerFor(transcript);
        for (Transcript.Turn turn : transcript.turns()) {
            String reply = player.play(turn);
            assertThat(reply).as("%s:%d «%s»", transcript.name(), turn.line(), turn.action())
                    .containsSubsequence(turn.expected());
        }
    }

    private TranscriptPlayer playerFor(Transcript transcript) {
        clock.set(transcript.today().atTime(9, 0).toInstant(ZoneOffset.UTC));
        Person person = new Person(Math.abs((long) transcript.name().hashCode()) + 1, transcript.person());
        return new TranscriptPlayer(person, inbound -> transactions.execute(status -> outbox.store(router.route(inbound))));
    }
}

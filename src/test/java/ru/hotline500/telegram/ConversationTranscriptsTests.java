package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.Member;
import ru.hotline500.people.People;
import ru.hotline500.telegram.groups.DigestSender;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.telegram.outbox.OutboxMessage;
import ru.hotline500.telegram.reminders.PersonalReminders;
import ru.hotline500.telegram.visits.VisitReminders;
import ru.hotline500.testing.MutableClock;

/**
 * Every transcript of conversations/ played through the router that serves Telegram, with what it sends recorded
 * from the persisted outbox (the sender's input), on the transcript's day. A transcript fails when the bot answers
 * differently from what it shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/transcripts-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
class ConversationTranscriptsTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @TestConfiguration
    static class TranscriptDay {

        @Bean
        @Primary
        MutableClock transcriptClock() {
            return new MutableClock(Instant.parse("2021-01-01T09:00:00Z"));
        }

        /** Whoever binds a group in a transcript administers it. */
        @Bean
        ChatAdmins everyoneAdministers() {
            return (chatId, userId) -> true;
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
    @Autowired
    People people;
    @Autowired
    Directory directory;
    @Autowired
    Invitations invitations;
    @Autowired
    VisitReminders reminders;
    @Autowired
    DigestSender digests;
    @Autowired
    PersonalReminders deadlines;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CacheManager caches;

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
            if (Boolean.getBoolean("transcripts.print")) {
                System.out.println("> " + turn.action() + "\n" + reply.lines().map(l -> "< " + l).collect(java.util.stream.Collectors.joining("\n")) + "\n");
            }
            if (!turn.expected().isEmpty()) {
                assertThat(reply).as("%s:%d «%s»", transcript.name(), turn.line(), turn.action())
                        .containsSubsequence(turn.expected());
            }
        }
    }

    private TranscriptPlayer playerFor(Transcript transcript) {
        clock.set(transcript.today().atTime(9, 0).toInstant(ZoneOffset.UTC));
        if (transcript.directory() != null) {
            loadDirectory(Path.of(transcript.directory()));
        }
        return new TranscriptPlayer(transcript.name(), inbound -> transactions.execute(status -> outbox.store(router.route(inbound))),
                new ApplicationAround());
    }

    private void loadDirectory(Path file) {
        try {
            assertThat(people.importTable(Files.readAllBytes(file)).accepted()).as("directory %s", file).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The transcript's events, done to this application: the day and hour in Moscow time, as the seed territories. */
    private final class ApplicationAround implements TranscriptPlayer.Stage {

        @Override
        public void restart() {
            caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        }

        @Override
        public List<OutboxMessage> timePasses(int days, LocalTime at) {
            LocalDate day = LocalDate.ofInstant(clock.instant(), MOSCOW).plusDays(days);
            clock.set(day.atTime(at).atZone(MOSCOW).toInstant());
            List<OutboxMessage> sent = new ArrayList<>(reminders.sendDue());
            sent.addAll(digests.sendDue());
            sent.addAll(deadlines.sendDue());
            return sent;
        }

        @Override
        public void delivered(OutboxMessage message, int telegramMessageId) {
            jdbc.sql("update outbox_message set status = 'SENT', telegram_message_id = ? where id = ?")
                    .params(telegramMessageId, message.id()).update();
        }

        @Override
        public String invitationCode(String personName) {
            List<Member> found = directory.findByName(personName);
            assertThat(found).as("people named %s", personName).hasSize(1);
            return invitations.invite(found.get(0).personId(), "транскрипт").code();
        }
    }
}

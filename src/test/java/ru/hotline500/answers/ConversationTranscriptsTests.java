package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every transcript of conversations/ replayed against the real answer path over the sample roadmaps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/answers-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
class ConversationTranscriptsTests {

    @Autowired
    DeadlineAnswers answers;

    static Stream<Path> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("conversations"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void theBotStillAnswersAsTheTranscriptShows(Path file) {
        Transcript transcript = Transcript.read(file);
        for (Transcript.Exchange exchange : transcript.exchanges()) {
            String reply = answers.answer(new Question(exchange.question(), transcript.territory(), transcript.today())).reply();
            assertThat(reply).as("%s: «%s»", transcript.name(), exchange.question()).containsSubsequence(exchange.expected());
        }
    }
}

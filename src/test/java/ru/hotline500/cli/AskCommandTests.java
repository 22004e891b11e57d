package ru.hotline500.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.hotline500.Hotline500Application;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AskCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void ownDatabase() {
        System.setProperty("hotline.data-dir", "./target/test-data/ask-" + System.nanoTime());
    }

    @AfterEach
    void restore() {
        System.clearProperty("hotline.data-dir");
    }

    @Test
    void aBatchDialogueReadsAFollowUpWithTheQuestionBeforeIt(@TempDir Path dir) throws IOException {
        Path batch = write(dir, "territory\ttoday\tquestion\tdialogue",
                "dubovsky\t10.04.2021\tкогда экспертиза документов второго этапа\td1",
                "dubovsky\t10.04.2021\tа в Кизлярском?\td1",
                "dubovsky\t10.04.2021\tа в Кизлярском?\t");

        int code = run("ask", "--batch", batch.toString());

        List<JsonNode> lines = json();
        assertThat(code).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("items").get(0).get("roadmap").asString()).isEqualTo("dubovsky/2021");
        assertThat(lines.get(1).get("items").get(0).get("roadmap").asString()).isEqualTo("kizlyar/2021");
        assertThat(lines.get(1).get("dialogue").asString()).isEqualTo("d1");
        assertThat(lines.get(2).get("found").asBoolean()).as("without a dialogue the line stands alone").isFalse();
        assertThat(lines.get(0).get("today").asString()).isEqualTo("2021-04-10");
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheOthersAreAnswered(@TempDir Path dir) throws IOException {
        Path batch = write(dir, "dubovsky\t2021-04-10\tкогда экспертиза документов",
                "dubovsky\t31.02.2021\tкогда экспертиза документов",
                "nowhere\t2021-04-10\tкогда экспертиза документов",
                "dubovsky\t2021-04-10",
                "dubovsky\t2021-04-10\tспасибо!");

        int code = run("ask", "--batch", batch.toString());

        assertThat(code).isEqualTo(1);
        assertThat(json()).hasSize(2);
        assertThat(json().get(1).get("verdict").asString()).isEqualTo("small_talk");
        assertThat(err.toString()).contains("Строка 2:", "31.02.2021", "Строка 3:", "nowhere", "Строка 4:");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("ask", "--batch", "no-such-file.tsv")).isEqualTo(2);
        assertThat(err.toString()).contains("Файл не найден");
        assertThat(run("ask", "когда экспертиза")).isEqualTo(2);
    }

    private List<JsonNode> json() {
        JsonMapper mapper = JsonMapper.builder().build();
        return out.toString().lines().filter(l -> l.startsWith("{")).map(mapper::readTree).toList();
    }

    private static Path write(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("questions.tsv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private int run(String... args) {
        return CommandLineApp.run(Hotline500Application.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}

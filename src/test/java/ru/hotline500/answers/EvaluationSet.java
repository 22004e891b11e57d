package ru.hotline500.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The hand-written evaluation questions (src/test/resources/answers/questions.tsv) with their expected items. */
record EvaluationSet(List<Case> cases) {

    /** @param expected "territory:number" of acceptable top answers; empty when the roadmaps cannot answer */
    record Case(String territory, LocalDate today, String question, Set<String> expected, String kind) {
        boolean answerable() {
            return !expected.isEmpty();
        }
    }

    /** The evaluation set the engine is measured (and was tuned) on. */
    static EvaluationSet load() {
        return load("/answers/questions.tsv");
    }

    /** Questions written after the engine was tuned, by someone who had not seen it. */
    static EvaluationSet holdout() {
        return load("/answers/holdout.tsv");
    }

    private static EvaluationSet load(String resource) {
        try (InputStream input = EvaluationSet.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String tsv = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            return new EvaluationSet(tsv.lines().skip(1).filter(l -> !l.isBlank()).map(EvaluationSet::parse).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parse(String line) {
        String[] cells = line.split("\t", -1);
        Set<String> expected = cells[3].strip().equals("NOT_FOUND") ? Set.of()
                : Arrays.stream(cells[3].split(",")).map(String::strip).collect(Collectors.toSet());
        return new Case(cells[0].strip(), LocalDate.parse(cells[1].strip()), cells[2], expected, cells.length > 4 ? cells[4].strip() : "");
    }
}

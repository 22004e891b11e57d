package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the evaluation set through the real answer path and measures accuracy, honesty and latency. */
final class Evaluation {

    private static final Pattern DATE_PHRASE = Pattern.compile(
            "\\d{1,2}(?:–\\d{1,2})?\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\\s+\\d{4})?"
                    + "|(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\\s+\\d{4}"
                    + "|\\d{2}\\.\\d{2}\\.\\d{4}");

    /** The most items a window answer lists before it says "и ещё N". */
    private static final int FULL_LIST = 6;

    record Outcome(EvaluationSet.Case question, Answer answer, long nanos) {
        boolean top1() {
            if (!question.answerable()) {
                return !answer.found();
            }
            if (!answer.found() || !question.expected().contains(key(answer.matches().get(0)))) {
                return false;
            }
            return !question.kind().equals("window") || listsTheWindow();
        }

        /** A window question lists only items of the window, and all of them unless the list is full. */
        private boolean listsTheWindow() {
            List<String> listed = answer.matches().stream().map(Evaluation::key).toList();
            return question.expected().containsAll(listed)
                    && (listed.containsAll(question.expected()) || listed.size() >= FULL_LIST);
        }

        boolean top3() {
            if (!question.answerable()) {
                return !answer.found();
            }
            return answer.matches().stream().limit(3).anyMatch(m -> question.expected().contains(key(m)));
        }
    }

    record Result(List<Outcome> outcomes) {
        double top1() {
            return share(outcomes.stream().filter(Outcome::top1).count());
        }

        double top3() {
            return share(outcomes.stream().filter(Outcome::top3).count());
        }

        /** Of the answers "not found", how many were right to say so. */
        double notFoundPrecision() {
            long said = outcomes.stream().filter(o -> !o.answer().found()).count();
            long right = outcomes.stream().filter(o -> !o.answer().found() && !o.question().answerable()).count();
            return said == 0 ? 1 : (double) right / said;
        }

        /** Of the questions the roadmaps cannot answer, how many got "not found". */
        double notFoundRecall() {
            long unanswerable = outcomes.stream().filter(o -> !o.question().answerable()).count();
            long caught = outcomes.stream().filter(o -> !o.question().answerable() && !o.answer().found()).count();
            return unanswerable == 0 ? 1 : (double) caught / unanswerable;
        }

        List<String> inventedDates() {
            List<String> invented = new ArrayList<>();
            outcomes.forEach(o -> Evaluation.inventedDates(o.answer()).forEach(d -> invented.add(o.question().question() + " → " + d)));
            return invented;
        }

        long percentileMicros(double p) {
            long[] sorted = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000;
        }

        private double share(long count) {
            return (double) count / outcomes.size();
        }
    }

    static Result run(DeadlineAnswers answers, EvaluationSet set) {
        return run(answers, set, () -> { });
    }

    /** @param beforeEach run before each question, outside the measured time (e.g. to empty the answer cache) */
    static Result run(DeadlineAnswers answers, EvaluationSet set, Runnable beforeEach) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvaluationSet.Case c : set.cases()) {
            beforeEach.run();
            long start = System.nanoTime();
            Answer answer = answers.answer(new Question(c.question(), c.territory(), c.today()));
            outcomes.add(new Outcome(c, answer, System.nanoTime() - start));
        }
        return new Result(outcomes);
    }

    static String key(Match match) {
        return match.territoryId() + ":" + match.item().number();
    }

    /** Date phrases of the reply that none of the listed items states. */
    static List<String> inventedDates(Answer answer) {
        StringBuilder stated = new StringBuilder();
        List<Match> listed = new ArrayList<>(answer.matches());
        listed.addAll(answer.nearby());
        listed.forEach(m -> stated.append(RussianDates.deadline(m.item().deadline())).append(' ')
                .append(m.item().deadline().text()).append(' ').append(m.item().action()).append(' '));
        List<String> invented = new ArrayList<>();
        Matcher matcher = DATE_PHRASE.matcher(answer.reply());
        while (matcher.find()) {
            if (stated.indexOf(matcher.group()) < 0) {
                invented.add(matcher.group());
            }
        }
        return invented;
    }

    static String failures(Result result) {
        StringBuilder text = new StringBuilder();
        for (Outcome o : result.outcomes()) {
            if (!o.top1()) {
                text.append(o.question().territory()).append(" | ").append(o.question().question()).append(" | expected ")
                        .append(o.question().answerable() ? o.question().expected() : "NOT_FOUND").append(" | got ")
                        .append(o.answer().found() ? Arrays.toString(o.answer().matches().stream().map(Evaluation::key).toArray()) : "NOT_FOUND")
                        .append('\n');
            }
        }
        return text.toString();
    }
}

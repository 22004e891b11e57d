package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.hotline500.dialogue.Dialogues;

/** Runs the evaluation set through the real answer path and measures accuracy, honesty and latency. */
final class Evaluation {

    private static final Pattern DATE_PHRASE = Pattern.compile(
            "\\d{1,2}(?:–\\d{1,2})?\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\\s+\\d{4})?"
                    + "|(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\\s+\\d{4}"
                    + "|\\d{2}\\.\\d{2}\\.\\d{4}");

    /** The most items a window answer lists before it says "и ещё N". */
    private static final int FULL_LIST = 6;

    /** @param followUp the question is a later turn of a dialogue */
    record Outcome(EvaluationSet.Case question, Answer answer, long nanos, boolean followUp) {
        boolean top1() {
            if (question.isSmallTalk()) {
                return answer.chat();
            }
            if (!question.answerable()) {
                return !answer.found() && !answer.chat();
            }
            if (question.isWindow() && question.ongoing() != null) {
                return answer.verdict() == Answer.Verdict.LISTED && listsTheWindow() && keys(answer.ongoing()).equals(question.ongoing());
            }
            if (question.isWindow()) {
                return keptFromTheOldDefinition();
            }
            return answer.found() && question.expected().contains(key(answer.matches().get(0)));
        }

        /**
         * The clean sets' window questions were written for the first definition of a window (items due in it). Since
         * the one definition (items active in it, the ongoing ones apart), each item they expect must still be listed,
         * in the window's list or the ongoing line, unless the list is full.
         */
        private boolean keptFromTheOldDefinition() {
            Set<String> listed = keys(answer.matches());
            listed.addAll(keys(answer.ongoing()));
            return answer.matches().size() >= FULL_LIST || listed.containsAll(question.expected())
                    || answer.verdict() == Answer.Verdict.FOUND && question.expected().contains(key(answer.matches().get(0)));
        }

        /** A window question lists only items of the window, and all of them unless the list is full. */
        private boolean listsTheWindow() {
            List<String> listed = answer.matches().stream().map(Evaluation::key).toList();
            return question.expected().containsAll(listed)
                    && (listed.containsAll(question.expected()) || listed.size() >= FULL_LIST);
        }

        /** The right item among the first three; small talk and windows are right or not as a whole. */
        boolean top3() {
            if (question.isSmallTalk() || question.isWindow()) {
                return top1();
            }
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
            outcomes.forEach(o -> Evaluation.inventedDates(o.question().question(), o.answer()).forEach(d -> invented.add(o.question().question() + " → " + d)));
            return invented;
        }

        /** Window questions whose answer lists exactly the window's items (and, where checked, its ongoing ones). */
        double windowExactness() {
            List<Outcome> windows = outcomes.stream().filter(o -> o.question().isWindow()).toList();
            return windows.isEmpty() ? 1 : (double) windows.stream().filter(Outcome::top1).count() / windows.size();
        }

        long windows() {
            return outcomes.stream().filter(o -> o.question().isWindow()).count();
        }

        long followUps() {
            return outcomes.stream().filter(Outcome::followUp).count();
        }

        long followUpsRight() {
            return outcomes.stream().filter(o -> o.followUp() && o.top1()).count();
        }

        /** Answers given as a guess ("похоже, вы спрашиваете об этом пункте"). */
        long probable() {
            return outcomes.stream().filter(o -> o.answer().verdict() == Answer.Verdict.PROBABLE).count();
        }

        long probableRight() {
            return outcomes.stream().filter(o -> o.answer().verdict() == Answer.Verdict.PROBABLE && o.top1()).count();
        }

        long smallTalk() {
            return outcomes.stream().filter(o -> o.question().isSmallTalk()).count();
        }

        long smallTalkRight() {
            return outcomes.stream().filter(o -> o.question().isSmallTalk() && o.top1()).count();
        }

        long percentileMicros(double p) {
            long[] sorted = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000;
        }

        private double share(long count) {
            return (double) count / outcomes.size();
        }
    }

    static Result run(DeadlineAnswers answers, Dialogues dialogues, EvaluationSet set) {
        return run(answers, dialogues, set, () -> { });
    }

    /**
     * Questions without a dialogue are asked alone; consecutive questions of one dialogue are asked in order in one
     * chat, as the bot reads them.
     *
     * @param beforeEach run before each question, outside the measured time (e.g. to empty the answer cache)
     */
    static Result run(DeadlineAnswers answers, Dialogues dialogues, EvaluationSet set, Runnable beforeEach) {
        List<Outcome> outcomes = new ArrayList<>();
        String run = UUID.randomUUID().toString();
        String dialogue = "";
        int chats = 0;
        for (EvaluationSet.Case c : set.cases()) {
            boolean followUp = !c.dialogue().isEmpty() && c.dialogue().equals(dialogue);
            if (!c.dialogue().equals(dialogue)) {
                dialogue = c.dialogue();
                chats++;
            }
            beforeEach.run();
            Question question = new Question(c.question(), c.territory(), c.today());
            long start = System.nanoTime();
            Answer answer = c.dialogue().isEmpty() ? answers.answer(question)
                    : dialogues.answer("eval:" + run + ":" + chats, question);
            outcomes.add(new Outcome(c, answer, System.nanoTime() - start, followUp));
        }
        return new Result(outcomes);
    }

    private static Set<String> keys(List<Match> matches) {
        return matches.stream().map(Evaluation::key).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    static String key(Match match) {
        return match.territoryId() + ":" + match.item().number();
    }

    /** Date phrases of the reply that none of the listed items states (nor the question itself: "что сдать до 15 мая"). */
    static List<String> inventedDates(String question, Answer answer) {
        StringBuilder stated = new StringBuilder(question.toLowerCase(java.util.Locale.ROOT)).append(' ');
        List<Match> listed = new ArrayList<>(answer.matches());
        listed.addAll(answer.nearby());
        listed.addAll(answer.ongoing());
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
                EvaluationSet.Case c = o.question();
                text.append(c.dialogue().isEmpty() ? "" : c.dialogue() + " ").append(c.territory()).append(' ').append(c.today())
                        .append(" | ").append(c.question()).append(" | expected ")
                        .append(c.isSmallTalk() ? "SMALL_TALK" : c.answerable() ? c.expected() : "NOT_FOUND")
                        .append(c.ongoing() == null || c.ongoing().isEmpty() ? "" : " ongoing " + c.ongoing()).append(" | got ")
                        .append(o.answer().verdict()).append(' ')
                        .append(Arrays.toString(o.answer().matches().stream().map(Evaluation::key).toArray()))
                        .append(o.answer().ongoing().isEmpty() ? "" : " ongoing " + keys(o.answer().ongoing()))
                        .append(o.answer().nearby().isEmpty() ? "" : " maybe " + keys(o.answer().nearby()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}

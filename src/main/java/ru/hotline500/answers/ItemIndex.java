package ru.hotline500.answers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BM25 over the stemmed terms of the items in one scope. The action counts fully, the indicator of done at a
 * lower weight. Question terms that no item contains are matched to a known term one or two letters away,
 * so that typos ("отчт", "концептульные") still find their item.
 */
final class ItemIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double INDICATOR_WEIGHT = 0.4;
    /**
     * The first words of an action say what it is: "Посещение школ…" is the visit, "Консультирование кураторов по
     * вопросам посещения…" is not. A question word among them adds this share of its weight.
     */
    private static final int HEAD_TERMS = 2;
    private static final double HEAD_BONUS = 0.25;
    /** How much the share of the question an item covers weighs in its score: the item that answers all of it comes first. */
    private static final double COVERAGE_SHARE = 0.5;
    /** An item that does not name its stage belongs to the one its dates fall in: spring is stage 1, autumn stage 2. */
    private static final double SEASON_WEIGHT = 0.5;
    /** An item of the other stage than the one asked about ("второй мониторинг" for the first) keeps this share of its score. */
    private static final double OTHER_STAGE = 0.5;
    private static final double UNKNOWN_WEIGHT = 1.0;
    /** An unknown verb among the known words of a question weighs this share of an unknown word. */
    private static final double DOING_WEIGHT = 0.5;
    /**
     * An item that advises or meets about an action ("Консультирование кураторов по вопросам первичного посещения")
     * keeps this share of its score against the action itself, unless the question asks for the advice.
     */
    private static final double ABOUT_ACTION = 0.85;
    private static final java.util.regex.Pattern ADVICE = java.util.regex.Pattern.compile("консультир\\S*|консультац\\S*|совещан\\S*|инструктаж\\S*");
    /** A word of pay or leave weighs this many times its idf: no item covers enough of such a question. */
    private static final double FOREIGN_WEIGHT = 3.0;

    private final List<ScopeItem> items;
    private final List<Map<String, Double>> frequencies = new ArrayList<>();
    private final List<Double> lengths = new ArrayList<>();
    private final List<Set<String>> heads = new ArrayList<>();
    private final List<Set<String>> actions = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final IndexVocabulary vocabulary;
    private final double averageLength;

    ItemIndex(List<ScopeItem> items) {
        this.items = List.copyOf(items);
        for (ScopeItem item : items) {
            Map<String, Double> tf = new HashMap<>();
            List<String> action = Terms.of(item.item().action());
            action.forEach(t -> tf.merge(t, 1.0, Double::sum));
            heads.add(Set.copyOf(action.subList(0, Math.min(HEAD_TERMS, action.size()))));
            actions.add(Set.copyOf(action));
            Terms.of(item.item().indicator()).forEach(t -> tf.merge(t, INDICATOR_WEIGHT, Double::sum));
            if (!tf.containsKey("xstage1") && !tf.containsKey("xstage2")) {
                stageBySeason(item).ifPresent(stage -> tf.put(stage, SEASON_WEIGHT));
            }
            frequencies.add(tf);
            lengths.add(tf.values().stream().mapToDouble(Double::doubleValue).sum());
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        averageLength = lengths.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        vocabulary = new IndexVocabulary(documentFrequency);
    }

    List<ScopeItem> items() {
        return items;
    }

    /** The question's words as this index knows them (see {@link IndexVocabulary#resolve}). */
    IndexVocabulary vocabulary() {
        return vocabulary;
    }

    /** The stage an item belongs to, by its own words or by its dates ({@code xstage1}, {@code xstage2}), if any. */
    Optional<String> stage(ScopeItem item) {
        Map<String, Double> tf = frequencies.get(items.indexOf(item));
        return tf.containsKey("xstage1") == tf.containsKey("xstage2") ? Optional.empty()
                : Optional.of(tf.containsKey("xstage1") ? "xstage1" : "xstage2");
    }

    /** Whether an item answers a question about the dates of an assessment, see {@link ExamDates}. */
    boolean answersExamDates(ScopeItem item, List<String> questionTerms) {
        int i = items.indexOf(item);
        return ExamDates.answers(heads.get(i), questionTerms, frequencies.get(i)::containsKey);
    }

    /** Whether the item (one of this index's) contains the term. */
    boolean contains(ru.hotline500.roadmap.RoadmapItem item, String term) {
        int i = position(item);
        return i >= 0 && frequencies.get(i).containsKey(term);
    }

    /** The terms of the item's action, as analysed once for the index. */
    Set<String> actionTerms(ru.hotline500.roadmap.RoadmapItem item) {
        int i = position(item);
        return i < 0 ? Set.of() : actions.get(i);
    }

    private int position(ru.hotline500.roadmap.RoadmapItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).item() == item) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some item contains the term. */
    boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    /**
     * Every item with a positive score, best first, with the share of the question's weight it covers; the optional
     * terms (place names) add to the score of an item that contains them but are not part of the weight it must cover.
     */
    List<Scored> search(List<String> terms, Set<String> optional) {
        List<String> weighed = terms.stream().filter(t -> !t.matches("\\d+") && !optional.contains(t)).toList();
        boolean onlyDoing = weighed.stream().filter(t -> !documentFrequency.containsKey(t)).allMatch(Terms::isVerb);
        double total = weighed.stream().mapToDouble(t -> weight(t, onlyDoing)).sum();
        List<Scored> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double score = 0;
            double covered = 0;
            for (String term : terms) {
                double tf = frequencies.get(i).getOrDefault(term, 0.0);
                if (tf > 0) {
                    double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths.get(i) / averageLength));
                    score += idf(term) * (norm + (heads.get(i).contains(term) ? HEAD_BONUS : 0));
                    covered += optional.contains(term) ? 0 : idf(term);
                }
            }
            if (score > 0 && namesOtherStage(terms, frequencies.get(i))) {
                score *= OTHER_STAGE;
            }
            if (score > 0 && advises(heads.get(i)) && !advises(Set.copyOf(terms))) {
                score *= ABOUT_ACTION;
            }
            if (score > 0) {
                double coverage = total == 0 ? 0 : covered / total;
                results.add(new Scored(items.get(i), score * (1 - COVERAGE_SHARE + COVERAGE_SHARE * coverage), coverage));
            }
        }
        results.sort(Comparator.comparingDouble(Scored::score).reversed());
        return results;
    }

    /**
     * The share of an item's action (by idf) that a long text contains: how a letter pasted before «это когда?» is
     * matched — the letter says much more than the item, so the share of the letter an item covers says little.
     */
    double actionCoverage(ScopeItem item, Set<String> text) {
        Set<String> action = actions.get(items.indexOf(item));
        double total = action.stream().filter(t -> !t.matches("\\d+")).mapToDouble(this::idf).sum();
        double found = action.stream().filter(t -> !t.matches("\\d+") && text.contains(t)).mapToDouble(this::idf).sum();
        return total == 0 ? 0 : found / total;
    }

    /**
     * A term's share of the question: its idf, and for a word no item knows a part of the highest idf — it still
     * tells that the question is about something else ("зарплата кураторов"), but one stray word of a long message
     * does not outweigh the words an item does contain. When every such word is a verb ("кураторы изучают документы",
     * "когда заполнять анкету"), they say how the asker does a thing the item names in its own words, and weigh less;
     * a thing no item knows ("договоры с кураторами заключают") keeps the verbs at full weight.
     */
    private double weight(String term, boolean onlyDoing) {
        if (Terms.isForeignMatter(term)) {
            return FOREIGN_WEIGHT * idf(term);
        }
        if (documentFrequency.containsKey(term)) {
            return idf(term);
        }
        return (onlyDoing ? DOING_WEIGHT : UNKNOWN_WEIGHT) * idf(term);
    }

    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (items.size() - df + 0.5) / (df + 0.5));
    }

    private static boolean advises(Set<String> terms) {
        return terms.stream().anyMatch(t -> ADVICE.matcher(t).matches());
    }

    /** The question asks about one stage and the item names the other one in its own words. */
    private static boolean namesOtherStage(List<String> terms, Map<String, Double> item) {
        return terms.contains("xstage1") && item.getOrDefault("xstage2", 0.0) >= 1
                || terms.contains("xstage2") && item.getOrDefault("xstage1", 0.0) >= 1;
    }

    private static Optional<String> stageBySeason(ScopeItem item) {
        LocalDate start = item.item().deadline().start();
        LocalDate end = item.item().deadline().end();
        if (start == null || end == null || ChronoUnit.MONTHS.between(start, end) > 5) {
            return Optional.empty();
        }
        return Optional.of(end.getMonthValue() <= 7 ? "xstage1" : "xstage2");
    }

    /** An item with its BM25 score and the share of the question (by idf) that it contains. */
    record Scored(ScopeItem item, double score, double coverage) {
    }
}

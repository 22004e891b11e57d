package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private final List<ScopeItem> items;
    private final List<Map<String, Double>> frequencies = new ArrayList<>();
    private final List<Double> lengths = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    ItemIndex(List<ScopeItem> items) {
        this.items = List.copyOf(items);
        for (ScopeItem item : items) {
            Map<String, Double> tf = new HashMap<>();
            Terms.of(item.item().action()).forEach(t -> tf.merge(t, 1.0, Double::sum));
            Terms.of(item.item().indicator()).forEach(t -> tf.merge(t, INDICATOR_WEIGHT, Double::sum));
            frequencies.add(tf);
            lengths.add(tf.values().stream().mapToDouble(Double::doubleValue).sum());
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        averageLength = lengths.stream().mapToDouble(Double::doubleValue).average().orElse(1);
    }

    List<ScopeItem> items() {
        return items;
    }

    /** The question's terms as the index knows them: unknown words replaced by a near known term, or dropped. */
    List<String> resolve(List<String> questionTerms) {
        Set<String> resolved = new LinkedHashSet<>();
        for (String term : questionTerms) {
            if (documentFrequency.containsKey(term)) {
                resolved.add(term);
            } else {
                nearest(term).ifPresent(resolved::add);
            }
        }
        return new ArrayList<>(resolved);
    }

    /** Every item with a positive score, best first, with the share of the question's weight it covers. */
    List<Scored> search(List<String> terms) {
        double total = terms.stream().mapToDouble(this::idf).sum();
        List<Scored> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double score = 0;
            double covered = 0;
            for (String term : terms) {
                double tf = frequencies.get(i).getOrDefault(term, 0.0);
                if (tf > 0) {
                    double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths.get(i) / averageLength));
                    score += idf(term) * norm;
                    covered += idf(term);
                }
            }
            if (score > 0) {
                results.add(new Scored(items.get(i), score, total == 0 ? 0 : covered / total));
            }
        }
        results.sort(Comparator.comparingDouble(Scored::score).reversed());
        return results;
    }

    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (items.size() - df + 0.5) / (df + 0.5));
    }

    private java.util.Optional<String> nearest(String term) {
        if (term.length() < 4 || term.startsWith("x") || Character.isDigit(term.charAt(0))) {
            return java.util.Optional.empty();
        }
        int allowed = term.length() >= 7 ? 2 : 1;
        return documentFrequency.keySet().stream()
                .filter(known -> Math.abs(known.length() - term.length()) <= allowed)
                .filter(known -> EditDistance.within(term, known, allowed))
                .min(Comparator.comparingInt((String known) -> EditDistance.of(term, known)).thenComparing(known -> known));
    }

    /** An item with its BM25 score and the share of the question (by idf) that it contains. */
    record Scored(ScopeItem item, double score, double coverage) {
    }
}

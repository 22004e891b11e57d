package ru.hotline500.answers;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one index's items, to find the known term a question's word stands for: "создавать" for
 * "создание", the typo "отчт" for "отчет", "поседение" for the visit.
 */
final class NearTerms {

    private static final Set<String> VOWEL_PAIRS = Set.of("оа", "ао", "еи", "ие", "эе", "еэ");
    /** Verb prefixes, the longest first. */
    private static final java.util.List<String> PREFIXES = java.util.List.of("пере", "пред", "под", "про", "раз", "рас",
            "от", "об", "вы", "за", "до", "на", "по", "при", "из");
    private static final int SHORTEST_REST = 5;

    private final Map<String, Integer> documentFrequency;
    /** Known terms by their {@link Roots root}: the most frequent one for each. */
    private final Map<String, String> byRoot = new HashMap<>();

    NearTerms(Map<String, Integer> documentFrequency) {
        this.documentFrequency = documentFrequency;
        documentFrequency.keySet().stream().filter(t -> !t.startsWith("x") && !Character.isDigit(t.charAt(0))).sorted()
                .forEach(term -> byRoot.merge(Roots.of(term), term,
                        (kept, other) -> documentFrequency.get(other) > documentFrequency.get(kept) ? other : kept));
    }

    /**
     * The known term a word no item contains stands for: one of the same root, one or two letters away, a misspelt
     * concept word, or a longer word of the same beginning; empty when there is none.
     */
    Optional<String> to(String term) {
        if (term.length() < 4 || term.startsWith("x") || Character.isDigit(term.charAt(0))) {
            return Optional.empty();
        }
        String root = byRoot.get(Roots.of(term));
        if (root != null && !Roots.of(term).equals(term)) {
            return Optional.of(root);
        }
        int allowed = term.length() >= 7 ? 2 : 1;
        Optional<String> typo = documentFrequency.keySet().stream()
                .filter(known -> Math.abs(known.length() - term.length()) <= allowed)
                .filter(known -> sameFirstSound(known.charAt(0), term.charAt(0)))
                .filter(known -> EditDistance.within(term, known, allowed))
                .min(Comparator.comparingInt((String known) -> EditDistance.of(term, known)).thenComparing(known -> known));
        return typo.or(() -> misspeltConcept(term, 1)).or(() -> sameRoot(term)).or(() -> withoutPrefix(term));
    }

    /**
     * A word made of a known one by a prefix: "отработать" for "работа", "переутвердить" for "утверждение" — the
     * known term of the same root once the prefix is taken off.
     */
    private Optional<String> withoutPrefix(String term) {
        for (String prefix : PREFIXES) {
            String rest = term.substring(Math.min(prefix.length(), term.length()));
            if (term.startsWith(prefix) && rest.length() >= SHORTEST_REST) {
                String root = Roots.of(rest);
                String known = documentFrequency.containsKey(rest) ? rest : documentFrequency.containsKey(root) ? root : byRoot.get(root);
                if (known != null) {
                    return Optional.of(known);
                }
            }
        }
        return Optional.empty();
    }

    /** The same first letter, or an unstressed vowel written as it sounds: «абразовательный», «едивидуальный». */
    private static boolean sameFirstSound(char known, char written) {
        return known == written || VOWEL_PAIRS.contains("" + known + written);
    }

    /** A misspelt word of a concept the items speak of: "поседение" for "посещение" (xvisit). */
    private Optional<String> misspeltConcept(String term, int allowed) {
        return Terms.CONCEPT_STEMS.entrySet().stream()
                .filter(e -> documentFrequency.containsKey(e.getValue()) && EditDistance.within(term, e.getKey(), allowed))
                .map(Map.Entry::getValue).sorted().findFirst();
    }

    /** A word of the same root the stemmer left different: "стажировк" and "стажировочн". */
    private Optional<String> sameRoot(String term) {
        return documentFrequency.keySet().stream()
                .filter(known -> EditDistance.commonPrefix(term, known) >= Math.max(6, 0.75 * Math.min(term.length(), known.length())))
                .max(Comparator.comparingInt((String known) -> EditDistance.commonPrefix(term, known)).thenComparing(known -> known));
    }
}

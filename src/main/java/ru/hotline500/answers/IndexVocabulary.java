package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words one {@link ItemIndex} knows, and a question's words read in them: typos matched to a near known word,
 * concepts found again once their words are spelt right, chat words and names left out.
 */
final class IndexVocabulary {

    private final Map<String, Integer> known;
    private final NearTerms near;

    /** @param documentFrequency the index's terms with the number of items containing each */
    IndexVocabulary(Map<String, Integer> documentFrequency) {
        this.known = documentFrequency;
        this.near = new NearTerms(documentFrequency);
    }

    /**
     * The question's terms as the index knows them: unknown words replaced by a near known term; words no item
     * knows are kept, so that they count against the coverage of every item ("зарплата кураторов" is not about curators),
     * except the words of chat ("коллега просила узнать") and the proper names, which say nothing about the topic.
     */
    List<String> resolve(List<String> questionTerms, Set<String> names) {
        Set<String> resolved = new LinkedHashSet<>();
        for (String term : questionTerms) {
            if (Terms.isChatWord(term)) {
                continue;
            }
            if (known.containsKey(term) || Terms.isForeignMatter(term)) {
                resolved.add(term);
            } else {
                Optional<String> nearer = near.to(term);
                if (nearer.isPresent()) {
                    resolved.add(nearer.get());
                } else if (!Terms.isQuestionWordTypo(term) && !names.contains(term) && !placeAdjective(term)) {
                    resolved.add(term);
                }
            }
        }
        return refolded(new ArrayList<>(resolved));
    }

    /**
     * Concepts made of words that were misspelt in the question are found once the words are: "мунициапльного
     * координатора" is "муниципальн координатор" after resolving, which is the concept "xmk".
     */
    private List<String> refolded(List<String> terms) {
        String joined = String.join(" ", terms);
        String folded = Synonyms.fold(joined);
        if (folded.equals(joined)) {
            return terms;
        }
        List<String> refolded = new ArrayList<>();
        for (String token : folded.strip().split("\\s+")) {
            if (token.startsWith("x") || known.containsKey(token) || terms.contains(token)) {
                refolded.add(token);
            } else {
                refolded.addAll(Terms.of(token));
            }
        }
        return refolded.stream().distinct().toList();
    }

    /** A word no item knows shaped like a place's name written small: "покровской школы", "в жуковской". */
    private static boolean placeAdjective(String term) {
        return term.length() >= 6 && term.matches(".*[^и]ск(ой|ая|ий|ое|ую|ом)?") && !Terms.isForeignMatter(term);
    }
}

package ru.hotline500.answers;

import java.util.Set;
import java.util.TreeSet;

/**
 * The words of a question that say what it is about, as the answer engine compares them (stemmed, synonyms folded,
 * question words and "по дорожной карте" dropped): "Где найти шаблоны отчётов?" and "где найти шаблон отчета" have the
 * same terms.
 */
public final class QuestionTerms {

    private QuestionTerms() {
    }

    public static Set<String> of(String question) {
        return new TreeSet<>(Terms.ofQuestion(question));
    }
}

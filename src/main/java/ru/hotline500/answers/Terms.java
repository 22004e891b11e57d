package ru.hotline500.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the terms that are compared: synonyms folded, Lucene's standard tokenizer, Russian stop words
 * and the words every question has ("когда", "срок", "нужно"), then Russian stemming.
 */
final class Terms {

    private static final List<String> QUESTION_WORDS = List.of(
            "когда", "какого", "какое", "какой", "какие", "каких", "числа", "число", "срок", "сроки", "срока", "дата",
            "дату", "нужно", "надо", "необходимо", "сколько", "дней", "осталось", "остается", "успеваем", "успеем",
            "подскажите", "пожалуйста", "скажите", "уточните", "пжл", "плиз", "привет", "здравствуйте", "добрый",
            "день", "вечер", "утро", "коллеги", "будет", "будут", "должны", "должен", "должна", "можно", "бы",
            "нам", "нас", "мы", "у", "мне", "ли", "же", "вообще", "там", "тут", "это", "этот", "эта", "еще",
            "проходит", "проходят", "идет", "кагда", "када", "до", "по", "за", "дедлайн", "дедлайны", "сдать", "сдавать",
            "сдаем", "сдаём", "сделать", "делать", "успеть", "было", "были", "был", "была", "всё", "все", "какая",
            "планируется", "запланировано", "намечено", "ожидается", "конца", "конец", "начало", "числу", "месяца", "месяц",
            "неделе", "неделю", "году", "год", "года", "ближайший", "ближайшие", "ближайшее", "просрочено", "просрочены");

    private static final CharArraySet STOP_WORDS = stopWords();
    /** Months say when, not what: they are read by {@link TimeIntents}, not matched against actions. */
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*|ма[йяею]?");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new RussianLightStemFilter(stream));
        }
    };

    private Terms() {
    }

    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", Synonyms.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if ((term.length() > 1 || Character.isDigit(term.charAt(0))) && !MONTH.matcher(term).matches()) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
        set.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }
}

package ru.hotline500.answers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The programme's abbreviations and synonyms, folded into one concept token each before stemming, in questions
 * and roadmap texts alike: "ИС МЭДК", "мониторинг электронных дорожных карт" and the typo "МДЭК" all become one
 * token. Tokens are Latin so that the Russian stemmer leaves them alone.
 */
final class Synonyms {

    private static final Map<Pattern, String> CONCEPTS = new LinkedHashMap<>();

    static {
        concept(" xmedk ", "(ис\\s+)?(мэдк|мдэк|медк)|(информационн\\S*\\s+систем\\S*\\s+)?«?мониторинг\\S*\\s+электронн\\S*\\s+дорожн\\S*\\s+карт\\S*»?");
        concept(" xrpsh ", "рпш|риск\\S*\\s+профил\\S*");
        concept(" xshnor ", "шнор|школ\\S*\\s+с\\s+низким\\S*\\s+(образовательн\\S*\\s+)?результат\\S*");
        concept(" xantirisk ", "антириск\\S*(\\s+программ\\S*)?");
        concept(" xconcept ", "концептуальн\\S*(\\s+документ\\S*)?|концепци\\S*|программ\\S*\\s+развити\\S*");
        concept(" xmk ", "\\bмк\\b|муниципальн\\S*\\s+координатор\\S*");
        concept(" xschool ", "\\bоо\\b|(обще)?образовательн\\S*\\s+организаци\\S*|\\bшкол\\S*");
        concept(" xstage1 ", "\\b(1|i|перв\\S*)[\\s-]*(й\\s+)?этап\\S*|\\bэтап\\S*\\s+(1|i)\\b|\\bвесн\\S*|\\bвесенн\\S*");
        concept(" xstage2 ", "\\b(2|ii|втор\\S*)[\\s-]*(й\\s+)?этап\\S*|\\bэтап\\S*\\s+(2|ii)\\b|\\bосен\\S*|\\bосенн\\S*");
        concept(" xwebinar ", "\\bвкс\\b|вебинар\\S*|видеоконференц\\S*");
    }

    private Synonyms() {
    }

    private static void concept(String token, String regex) {
        CONCEPTS.put(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), token);
    }

    /** Lower-cased, ё as е, each synonym replaced by its concept token. */
    static String fold(String text) {
        String folded = text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        for (Map.Entry<Pattern, String> concept : CONCEPTS.entrySet()) {
            folded = concept.getKey().matcher(folded).replaceAll(concept.getValue());
        }
        return folded;
    }
}

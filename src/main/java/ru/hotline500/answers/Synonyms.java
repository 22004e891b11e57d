package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The programme's abbreviations and synonyms, folded into one concept token each before stemming, in questions
 * and roadmap texts alike: "ИС МЭДК", "мониторинг электронных дорожных карт" and the typo "МДЭК" all become one
 * token. Tokens are Latin so that the Russian stemmer leaves them alone.
 */
final class Synonyms {

    private static final List<Concept> CONCEPTS = new ArrayList<>();
    private static final String EVERYDAY_WORDS = "/answers/everyday-words.tsv";
    /**
     * Folding runs every concept's pattern over the text, and a message is folded many times over (each sentence,
     * clause and reading): the texts folded last are kept.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> FOLDED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

    static {
        concept(" xstage1 ", "\\b(перв\\S*|1-?(й|я|ю|ое|ого|ом)?)\\s+(половин|полугоди|част)\\S*(\\s+года)?");
        concept(" xstage2 ", "\\b(втор\\S*|2-?(й|я|ю|ое|ого|ом)?)\\s+(половин|полугоди|част)\\S*(\\s+года)?");
        concept(" $1 ", "\\S+\\s+\\((\\p{L}+)\\*\\)");
        everydayWords();
        concept(" муниципальный ", "\\bмун(иц)?\\b\\.?");
        concept(" 500+ ", "\\bпятьсот\\s+плюс\\b|\\b500\\s+плюс\\b");
        concept(" федеральный ", "\\bфед\\b\\.?");
        concept(" региональный ", "\\bрег\\b\\.?");
        concept(" документы ", "\\bдок(и|ов|ам|ами|ах)?\\b");
        concept(" педагогическая конференция ", "\\bпед\\.?\\s*конференц\\S*|педконференц\\S*");
        concept(" муниципальная дорожная карта ", "\\bмдк\\b");
        concept(" региональная дорожная карта ", "\\bрдк\\b");
        concept(" педагог ", "\\bучител(ь|я|ей|ям|ями|ю|ем|е)\\b");
        concept(" органы управления образованием ", "\\b(уо|руо|моуо|роо|гороо)\\b");
        concept(" в город ", "\\bв\\s+самом\\s+(?=\\p{L}+(ске|ове|еве|ине|ыне)\\b)");
        concept(" xselect ", "\\bотбор\\S*|\\bотбира\\S*|\\bотбер\\S*|\\bотобра\\S*|\\bотобр\\S*");
        concept(" профессиональных дефицитов ", "\\bпрофдефицит\\S*");
        concept(" документы ", "\\bбумаг\\S*");
        concept(" xmanagers ", "\\bдиректор\\S*[,\\s]+((и|с)\\s+)?(завуч|зам)\\S*");
        concept(" экспертиза документов ", "\\b(провер\\S*|подтвержд\\S*)(\\s+\\S+){0,3}?\\s+документ\\S*");
        concept(" экспертиза ", "\\bпровер(ять|ят|ит|ка|ку|ки|яют|ял[аи]?)\\b");
        concept(" отчет ", "\\bотчитыва\\S*|\\bотчита\\S*");
        concept(" раздел ", "\\bстрани(чк|ц)\\S*");
        concept(" позитивных изменений ", "\\bизмен\\S*\\s+к\\s+лучшему");
        concept(" куратор ", "\\bпроверяющ\\S*");
        concept(" xnatproject ", "нацпроект\\S*|национальн\\S*\\s+проект\\S*");
        concept(" город ", "(?<![0-9]\\s?)\\bг\\.\\s?(?=\\p{L})|(?<![0-9]\\s?)\\bг\\s(?=\\p{L}{4,})");
        concept(" области ", "\\bобл\\b\\.?");
        concept(" xmanagers ", "\\bадминистраци\\S*(?=\\s+(школ|оо|образовательн))|(?<=(у|для)\\s)администраци\\S*|\\bшкольн\\S*\\s+администраци\\S*|управленческ\\S*\\s+команд\\S*");
        concept(" концептуальные документы ", "\\bкд\\b");
        concept(" xmedk ", "(ис\\s+)?(мэдк|мдэк|медк)|\\bэм\\s*э\\s*дэ\\s*ка\\b|(информационн\\S*\\s+систем\\S*\\s+)?«?мониторинг\\S*\\s+электронн\\S*\\s+дорожн\\S*\\s+карт\\S*»?");
        concept(" xrpsh ", "рпш|риск\\S*\\s+профил\\S*|\\bпрофил(ь|я|ю|ей|и|ям|ях)\\b");
        concept(" xshnor ", "шнор|школ\\S*\\s+с\\s+низким\\S*\\s+(образовательн\\S*\\s+)?результат\\S*");
        concept(" xantirisk ", "антириск\\S*(\\s+программ\\S*)?|\\bапр\\b");
        concept(" xconcept ", "концепт\\S*(\\s+документ\\S*)?|концепци\\S*|программ\\S*\\s+развити\\S*");
        concept(" xmk ", "\\bмк\\b|муниципальн\\S*\\s+координатор\\S*");
        concept(" xschool ", "\\bоо\\b|(обще)?образовательн\\S*\\s+организаци\\S*|\\bшкол\\S*");
        concept(" xstage2 вторичный мониторинг ", "\\bвторичн\\S*\\s+мониторинг");
        concept(" xstage1 первичный мониторинг ", "\\bпервичн\\S*\\s+мониторинг");
        concept(" xstage2 мониторинг ", "\\b(втор(ой|ого|ому|ом|ым|ая|ую)|2(-?(й|го|ому|ом|ым))?)\\s+мониторинг");
        concept(" xstage1 мониторинг ", "\\b(перв(ый|ого|ому|ом|ым|ая|ую)|1(-?(й|го|ому|ом|ым))?)\\s+мониторинг");
        concept(" xstage1 ", "\\b(1|i|перв\\S*)[\\s-]*(й\\s+)?этап\\S*|\\bэтап\\S*\\s+(1|i)\\b|\\bвесн\\S*|\\bвесенн\\S*");
        concept(" xstage2 ", "\\b(2|ii|втор\\S*)[\\s-]*(й\\s+)?этап\\S*|\\bэтап\\S*\\s+(2|ii)\\b|\\b[ао]сен\\S*|\\b[ао]сенн\\S*");
        concept(" xroadmap ", "\\bдк\\b|дорожн\\S*\\s+карт\\S*|\\bдорожк\\S*");
        concept(" повышение квалификации ", "\\bкпк\\b|\\bкурс(ы|ов|ах|ам|е)?\\b(\\s+повышени\\S*(\\s+квалификаци\\S*)?)?");
        concept(" повышение квалификации ", "\\bпк\\b");
        concept(" xfg ", "\\bфг\\b|функц\\S*\\s+грамот\\S*");
        concept(" xiom ", "\\bиом\\b|индивидуальн\\S*\\s+(образовательн\\S*\\s+)?маршрут\\S*");
        concept(" xgia ", "\\bгиа\\b|государственн\\S*\\s+итогов\\S*\\s+аттестаци\\S*");
        concept(" xwhatsapp ", "whatsapp|в[ао]тс[ао]п\\S*|вацап\\S*");
        concept(" xstratsession ", "стратсес+и\\S*|стратегическ\\S*\\s+сес+и\\S*");
        concept(" первичное xstage1 ", "\\bперв\\S*\\s+раз\\b");
        concept(" первичное ", "\\bперв(ое|ого|ому|ым|ая|ую)(?=\\s+(посещ|визит|выезд))");
        concept(" xfinish ", "\\bзаконч\\S*|\\bзаверш\\S*|\\bоконч\\S*");
        concept(" xregion ", "\\bрегион\\S*");
        concept(" xvisit ", "посещ\\S*|посет\\S*|\\bезд\\S*|\\bвыезд\\S*|\\bвизит\\S*|\\bприезж\\S*|\\bприед\\S*|\\bприех\\S*|\\bсъезд\\S*|\\bсъезж\\S*|\\bприход(ить|ят|ит|или|ила|ил)\\b|\\bприд[её]т\\S*|\\bпридут\\b|\\bприйти\\b|\\bдоех\\S*|\\bзаех\\S*|\\bзаезж\\S*");
        concept(" xpost ", "размещ\\S*|размест\\S*|загруз\\S*|загруж\\S*|\\bгруз(ить|им|ят|ите|ил[аи]?)\\b|выклад\\S*|вылож\\S*");
        concept(" xapprove ", "утвержд\\S*|утверд\\S*");
        concept(" xsumup ", "\\bподв[ое]д\\S*");
        concept(" xconduct ", "\\bпровод\\S*|\\bпровед\\S*|\\bпровест\\S*");
        concept(" xform ", "\\bс?формир\\S*");
        concept(" xrealize ", "\\bвыполнени\\S*|\\bреализаци\\S*|\\bвыполня(ет|ют|ть|ется|ются)\\b|\\bреализу(ет|ют|ется|ются)\\b");
        concept(" xverify ", "верифи\\S*");
        concept(" специальный ", "\\bотдельн\\S*");
        concept(" методические рекомендации ", "\\bметодичк\\S*|\\bметодичек\\b|\\bметод\\.?\\s*рекомендац\\S*");
        concept(" xpupil ", "\\bученик\\S*|\\bученич\\S*|\\bшкольник\\S*|\\bобучающ\\S*|\\bучащ\\S*|\\bдет(и|ей|ям|ьми)\\b");
        concept(" xwebinar ", "\\bвкс\\b|вебинар\\S*|видеоконференц\\S*|\\bсеминар\\S*|\\bонлайн[-\\s]*(встреч|совещан|собрани|конференц)\\S*|\\bвидеовстреч\\S*|\\bзум\\S*|\\bzoom\\b");
    }

    /**
     * A usual word of each concept, for misspellings: "поседение" is not caught by the patterns, but it is one
     * letter away from "посещение", so it means the same concept.
     */
    private static final Map<String, String> USUAL_WORDS = Map.ofEntries(
            Map.entry("посещение", "xvisit"), Map.entry("посетить", "xvisit"), Map.entry("концептуальные", "xconcept"),
            Map.entry("концепция", "xconcept"), Map.entry("антирисковые", "xantirisk"), Map.entry("вебинар", "xwebinar"),
            Map.entry("размещение", "xpost"), Map.entry("разместить", "xpost"), Map.entry("загрузить", "xpost"),
            Map.entry("утверждение", "xapprove"), Map.entry("утвердить", "xapprove"), Map.entry("верификация", "xverify"),
            Map.entry("формирование", "xform"), Map.entry("реализация", "xrealize"), Map.entry("выполнение", "xrealize"),
            Map.entry("проведение", "xconduct"), Map.entry("провести", "xconduct"), Map.entry("стратсессия", "xstratsession"),
            Map.entry("подведение", "xsumup"), Map.entry("государственная", "xgia"), Map.entry("индивидуальный", "xiom"),
            Map.entry("грамотность", "xfg"), Map.entry("функциональная", "xfg"));

    private Synonyms() {
    }

    /** The usual (unfolded) words of the concepts, by concept token. */
    static Map<String, String> usualWords() {
        return USUAL_WORDS;
    }

    /** The everyday words of {@code answers/everyday-words.tsv}, as the roadmaps' own words. */
    private static void everydayWords() {
        try (java.io.InputStream input = Synonyms.class.getResourceAsStream(EVERYDAY_WORDS)) {
            if (input == null) {
                throw new IllegalStateException("missing " + EVERYDAY_WORDS);
            }
            new String(input.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cells -> concept(" " + cells[1].strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е') + " ", cells[0].strip()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void concept(String token, String regex) {
        CONCEPTS.add(new Concept(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), token,
                RequiredText.of(regex).map(List::copyOf).orElse(List.of())));
    }

    /** The stage a text names ("второй мониторинг", "осенний этап"): {@code xstage1} or {@code xstage2}. */
    static java.util.Optional<String> stage(String text) {
        java.util.regex.Matcher matcher = Pattern.compile("xstage[12]").matcher(fold(text));
        return matcher.find() ? java.util.Optional.of(matcher.group()) : java.util.Optional.empty();
    }

    /** The text folded, without the stage it names: to put another stage in its place. */
    static String withoutStage(String text) {
        return fold(text).replaceAll("xstage[12]|\\b(первичн|вторичн)\\S*", " ");
    }

    /** Lower-cased, ё as е, each synonym replaced by its concept token. */
    static String fold(String text) {
        return FOLDED.get(text, Synonyms::folded);
    }

    private static String folded(String text) {
        return folded(text, true);
    }

    /** The same without looking at what each pattern requires first: what {@link #fold} must always equal. */
    static String foldedByEveryPattern(String text) {
        return folded(text, false);
    }

    private static String folded(String text, boolean skipWhatCannotMatch) {
        String folded = text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        for (Concept concept : CONCEPTS) {
            if (!skipWhatCannotMatch || concept.mayMatch(folded)) {
                folded = concept.pattern().matcher(folded).replaceAll(concept.token());
            }
        }
        return folded;
    }

    /**
     * A concept's pattern and token, with the strings one of which every match contains (empty: always run it).
     * Most texts contain none of a pattern's strings, and a look for them is far cheaper than the pattern.
     */
    private record Concept(Pattern pattern, String token, List<String> required) {

        boolean mayMatch(String text) {
            if (required.isEmpty()) {
                return true;
            }
            for (String part : required) {
                if (text.contains(part)) {
                    return true;
                }
            }
            return false;
        }
    }
}

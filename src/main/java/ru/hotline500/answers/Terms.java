package ru.hotline500.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
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
            "неделе", "неделю", "году", "год", "года", "ближайший", "ближайшие", "ближайшее", "просрочено", "просрочены",
            "каком", "какому", "месяце", "времени", "время", "скольки", "скольких", "крайний", "крайнего", "крайняя",
            "готовы", "готово", "готовим", "готовить", "сдачи", "сдача", "сдают", "примерно", "ориентировочно",
            "точно", "точная", "точный", "вроде", "кстати", "период", "периоды", "промежуток", "состоится", "состоятся",
            "следующей", "следующем", "следующий", "следующую", "прошлой", "прошлом", "прошлый", "прошлую", "этой",
            "этом", "эту", "запланированы", "закрыть", "закрываем", "что", "чего", "мероприятия", "мероприятие", "мероприятий",
            "задачи", "задач", "дела", "пункты", "пункт", "пунктов", "события", "активности", "что-то",
            "что-нибудь", "сроков", "срокам", "дедлайнов", "сдавать", "делаем", "ждет", "ждёт", "ожидает", "предстоит",
            "предстоят", "впереди", "происходит", "намечается", "важного", "важное", "горит", "горят", "срочно",
            "срочного", "носу", "упустили", "пропустили", "прошло", "прошли", "просрочили", "просрочка", "должно",
            "должны", "сделано", "сегодняшнему", "дню", "успели", "отвечает", "отвечают", "ответственный", "ответственные",
            "ответственен", "дате", "датой", "появиться", "появится", "появятся", "вместе", "ту", "той", "тот", "та", "кого", "кому",
            "кем", "свой", "свою", "своя", "свое", "своё", "свои", "своих", "своим", "своей", "своего", "своему", "своем");

    /**
     * Words of chat rather than of the roadmaps: who asks, for whom, how politely. They count only when some item
     * uses them; otherwise they are dropped instead of counting against every item.
     */
    private static final List<String> CHAT_WORDS = List.of(
            "завуч", "завучи", "замдиректора", "замдир", "коллега",
            "коллеге", "коллегу", "коллег", "просила", "просил", "попросила", "попросил", "просили", "узнать", "уточнить",
            "спросить", "спрашиваю", "спрашивает", "интересует", "интересуюсь", "вопрос", "вопросик", "вопросы", "сменился",
            "сменилась", "поменялся", "новый", "новая", "новенькая", "новенькие", "попали",
            "работаю", "работаем", "пишу", "пишем", "зовут", "извините", "беспокойство", "заранее", "спасибо",
            "благодарю", "уважаемые", "уважаемый", "доброго", "суток", "салам", "алейкум", "ассаламу", "приветствую",
            "номер", "сош", "мбоу", "моу", "гбоу", "мкоу", "оош", "лицей", "гимназия", "село", "села", "селе", "поселок",
            "поселка", "станица", "станицы", "хутор", "аул", "ну", "вот", "короче", "самое", "типа", "значит", "слушайте",
            "пожалуйста", "пжлст", "плз", "девочки", "девочек", "сказали", "говорят", "слышала", "слышал", "кажется",
            "давно", "недавно", "тоже", "опять", "снова", "вчера", "только", "сама", "сам", "сами", "хотела", "хотел",
            "хотим", "хочу", "хотелось", "понять", "понимаю", "запуталась", "запутался", "помогите", "подсказать", "подскажи",
            "напомните", "напомнить", "напомни", "забыла", "забыл", "честно", "сорри", "прошу", "просим", "ответить",
            "ответьте", "знает", "знаете", "знаю", "кто-нибудь", "кто-то", "сейчас", "теперь", "потом", "вообще-то",
            "наша", "наш", "нашей", "наше", "наши", "нашего", "нашему", "нашем", "ваш", "вас", "вам", "них", "ним", "их",
            "начальство", "звонили", "звонила", "писали", "писала", "прислали", "прислала", "пришло",
            "письмо", "сообщение", "телеграм", "бот", "ботик", "робот",
            "здравствуйте", "здрасте", "привет", "добрый", "день", "утро", "вечер", "ребята", "друзья", "алло", "это",
            "самом", "деле", "правда", "реально", "очень", "срочно", "быстро", "ага", "угу", "ок", "окей", "хорошо",
            "ладно", "спс", "плиз", "щас", "чет", "чето", "че", "чё", "нибудь", "либо", "какой-то", "какая-то",
            "голосовое", "голосом", "диктую", "говорю", "надиктовываю", "извиняюсь", "звонок", "пару", "минут", "назад", "ой",
            "ах", "эх", "ммм", "эм",
            "блин", "ваще", "вобщем", "общем", "смысле", "получается", "допустим", "слушай", "смотрите", "сш", "оош", "нош",
            "спрашивают", "спрашивала", "спрашивал", "просят", "интересуются", "требуют", "интересно", "замов", "замы", "зам",
            "замдиректоров", "подсказали", "подскажете", "знать", "узнали", "выручили", "помогли", "будьте", "добры",
            "го", "узнать", "пройти", "лет", "летом", "лето", "зимой", "зима", "половина", "половине", "половину", "будем", "будет", "будут", "пока", "мало", "месяц", "месяцы", "месяцах", "месяце", "месяца",
            "которая", "который", "которые", "записали", "записал", "записала", "соседей", "соседи", "соседям",
            "весь", "всю", "увр", "коллег", "коллегам", "коллегами", "этом", "этому", "пункт", "пункту", "пункта", "перечислить",
            "перечислите", "назовите", "напомните", "интересного", "интересное",
            "прошу", "просим", "разъяснить", "разъясните", "сообщить", "сообщите", "позвольте", "уточнить", "необходимо",
            "нарушены", "нарушили", "обращаюсь", "благодарю", "заранее", "уважением", "подруги", "подруга", "подруге",
            "сестры", "сестра", "сестре", "однокурсница", "однокурсницы", "работает", "работают", "спрашиваю", "переслано",
            "пересылаю", "пересылаем", "переслала", "переслал", "чат",
            "переслали", "чата", "чате", "ссылку", "скину", "позже", "объясняют", "туда",
            "такие", "таких", "такими", "такую", "понимаем", "понимаю", "понимаете", "чо", "шо", "след", "сам", "самом", "самой", "вопрос", "вопросу", "вопроса", "говорит", "говорят",
            "говорили", "говорил", "говорила", "сказали", "сказал", "сказала", "велели", "передали",
            "одну", "одной", "сильно", "насколько", "опоздали", "опоздала", "опоздал", "опаздываем", "опаздываю", "опаздывает",
            "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "теперь", "мы", "или",
            "управление", "соседей", "соседи", "соседний", "соседнем", "соседнем", "аналогичный", "аналогичная",
            "аналогично", "похожий", "такой", "такая", "такое", "новенькая", "новенький", "поняла", "понял", "поняли",
            "понятно", "непонятно", "всё-таки", "все-таки", "таки", "никого", "ничего", "никто", "нет", "свои", "свой",
            "своих", "своим", "своей", "свою", "своё", "свое", "своего", "своими", "спрашивать", "идти", "голова", "кругом",
            "мой", "моя", "мое", "моё", "моего", "моей", "мои", "моих", "моим", "мою", "всем", "тому", "том", "хотят",
            "обещали", "обещал", "обещала", "обещают", "переживает", "переживаю", "переживаем", "волнуется", "волнуюсь");
    private static final Set<String> CHAT_STEMS = Set.copyOf(CHAT_WORDS.stream().map(Terms::stem).toList());

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Pattern VERB = Pattern.compile("\\p{L}{3,}(ят|ит|ут|ют|тс|тьс|аю|яю|ую|ою|ею|ыват|иват|ыва|ива)");
    private static final Pattern FILLER = Pattern.compile(
            "\\b(по|в|из)\\s+(нашей\\s+|вашей\\s+|этой\\s+|муниципальной\\s+|региональной\\s+|областной\\s+|районной\\s+)?(дорожн\\S*\\s+карт\\S*|дорожк\\S*|дк|xroadmap)(?![\\p{L}\\d])"
                    + "|\\b(мероприяти\\S*|пункт\\S*)\\s+(нашей\\s+|муниципальной\\s+|региональной\\s+|областной\\s+|районной\\s+)?(дорожн\\S*\\s+карт\\S*|дк)(?![\\p{L}\\d])"
                    + "|\\bинститут\\S*\\s+развития\\s+образования|\\bиро\\b"
                    + "|\\b(мне|нам)\\s+как\\s+(мк|рк|шк|куратор\\S*|координатор\\S*|директор\\S*|завуч\\S*|школ\\S*)"
                    + "|\\bпо\\s+(проекту\\s+)?500\\s*\\+?|\\bпо\\s+проекту\\b|\\bпо\\s+плану\\b|\\bв\\s+плане\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Months say when, not what: they are read by {@link TimeIntents}, not matched against actions. */
    private static final Pattern MONTH = Pattern.compile(
            "(январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*|ма[йяею]?");

    private static final Set<String> QUESTION_STEMS = questionStems();
    /** Stems of concept words as a misspelt word would be stemmed, to the concept token: "посещен" to "xvisit". */
    static final Map<String, String> CONCEPT_STEMS = conceptStems();

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

    /**
     * Words of matters the roadmaps never hold — pay, leave, sick notes: a question about them is not about a roadmap
     * item, however many of the item's words it also has ("сколько платят кураторам за выезд в школу").
     */
    private static final Set<String> FOREIGN_MATTERS = Set.copyOf(List.of("зарплат", "плат", "платят", "плати", "заплат", "оплат",
            "оплачива",
            "деньг", "денег", "премия", "преми", "прем", "выплат", "отпуск", "больничн", "надбавк", "стимулирующ", "гонорар",
            "мест", "квот", "квота", "час", "часов", "часа", "привез", "закуп", "поставк", "доплат", "доплачива",
            "сертификат"));

    /** Whether a term names a matter the roadmaps never hold. */
    static boolean isForeignMatter(String term) {
        return FOREIGN_MATTERS.contains(term) || FOREIGN_MATTERS.stream().anyMatch(f -> f.length() >= 5 && term.startsWith(f));
    }

    /** Whether a stem is shaped like a verb's: "заполнят", "изучают", "продлитс", "записыва". */
    static boolean isVerb(String term) {
        return VERB.matcher(term).matches();
    }

    /** Whether a term is a word of chat ("коллега", "завуч", "короче"), not of the roadmaps. */
    static boolean isChatWord(String term) {
        return CHAT_STEMS.contains(term);
    }

    /** Whether an unknown term is a misspelt question word ("сдават", "кагда"), which says nothing about the topic. */
    static boolean isQuestionWordTypo(String term) {
        return term.length() >= 4 && QUESTION_STEMS.stream().filter(stem -> stem.length() >= 4)
                .anyMatch(stem -> EditDistance.within(term, stem, 1));
    }

    /**
     * The terms of a question: as {@link #of(String)}, without the phrases that only say "in our plan"
     * ("по дорожной карте", "по проекту 500+"), which every item would match.
     */
    static List<String> ofQuestion(String question) {
        return of(FILLER.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" "));
    }

    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", Synonyms.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if ((term.length() > 1 || Character.isDigit(term.charAt(0))) && !MONTH.matcher(term).matches() && hasLetterOrDigit(term)) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Emoji are tokens too, but say nothing about a topic. */
    private static boolean hasLetterOrDigit(CharSequence term) {
        return term.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static Set<String> questionStems() {
        return Set.copyOf(QUESTION_WORDS.stream().map(Terms::stem).toList());
    }

    private static Map<String, String> conceptStems() {
        Map<String, String> stems = new HashMap<>();
        Synonyms.usualWords().forEach((word, token) -> stems.put(stem(word), token));
        return Map.copyOf(stems);
    }

    private static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, new RussianLightStemmer().stem(chars, chars.length));
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
        set.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }
}

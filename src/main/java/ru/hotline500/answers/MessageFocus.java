package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the question in a message as people write in a messenger: greetings, a word about who they are and what
 * happened before, then the question — or a long letter with the question at its end.
 *
 * @param question the sentences that ask, with greetings and introductions taken out: read for the topic
 * @param timeText the sentences that ask without clauses about the past ("нас включили в проект в январе") and
 *                 without the sentence they point at: read for the period
 * @param introduced the message greeted or said who writes
 * @param wider      wider readings of the topic, to try in turn when the question alone finds nothing: with the
 *                   clauses about the past, with the introductions, the whole message (a letter, then «это когда?»)
 * @param letter     the sentences before the question: a pasted letter, when there is one
 * @param pointsBack the question names what it asks about by a pronoun («до какого времени он проводится?»)
 */
record MessageFocus(String question, String timeText, boolean introduced, List<String> wider, String letter, boolean pointsBack) {

    MessageFocus {
        wider = List.copyOf(wider);
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
    /**
     * Sentences end at "?" and at ".", "!" or "…" (a closing quote may follow) before a capital letter, a digit or a
     * quote: "в г. Ульяновске" and "ну вот. когда сдавать" are not split.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=\\?[»\"”)]{0,2})(?![»\"”)?])\\s*|(?<![\\s(.](г|с|п|ст|им|ул|д|х|пос|обл|р-н|т\\.е|т\\.д|т\\.п|мун|муниц|рег|фед|гос|упр|отд|зам|пед)\\.)(?<=[.!…][»\"”)]{0,2})\\s+(?=[\\p{Lu}\\d«\"“—–])|\\n+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Clauses: by punctuation, before "а", "но", "и", and before the words a run-on question starts with. */
    private static final Pattern CLAUSE = Pattern.compile("\\s*[,;:]\\s*|\\s+(?=(?:а|но|и)\\s)|\\s+[-–—]\\s+"
            + "|\\s+(?=(?:подскажите|скажите|подскажи|когда|до\\s+какого|в\\s+какие\\s+сроки|к\\s+какому)\\b)"
            + "|\\s+(?=(?:нам|мне)\\s+(?:сказали|велели|поручили|говорили|написали|передали|сообщили)\\b)"
            + "|\\s+(?=хотел\\S*\\s+(?:бы\\s+)?(?:спросить|узнать|уточнить)\\b)", FLAGS);
    /** Words that make a sentence a question. */
    static final Pattern ASKS = Pattern.compile(
            "\\?|\\b(когда|до\\s+какого|какого\\s+числа|к\\s+какому|в\\s+какие\\s+сроки|какой\\s+срок|какие\\s+сроки|сколько|кто|что|где|"
                    + "подскаж\\S*|скаж\\S*|уточни\\S*|нужно\\s+ли|надо\\s+ли|можно\\s+ли|какие|какой|какая|как(ое|ую)|до\\s+скольки|"
                    + "срок\\S*|дедлайн\\S*|когда-?то|интересует|перечислит(е|ь)|напомните|назовите|расскажите|сообщите|разъясните)\\b", FLAGS);
    private static final Pattern GREETING = Pattern.compile(
            "^(?:(?:здр[ао]?в?ств?уй(те)?|здрасте|привет(ствую)?|добр(ый|ое|ого)\\s+(день|утро|вечер|времени\\s+суток|дня)|доброго\\s+времени\\s+суток"
                    + "|ассаляму?\\s+алейкум|салам(\\s+алейкум)?|уважаемые\\s+коллеги|коллеги|девочки|девушки|друзья|ребята|уважаем\\S+|дорогие\\s+коллеги|извините(\\s+за\\s+беспокойство)?"
                    + "|добрый|доброго|hello|hi)[\\s,.!)]*)+", FLAGS);
    /** A clause about the asker rather than the roadmap: "я завуч …", "меня зовут …", "коллега просила узнать". */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "^(я\\s+(сама?\\s+|тоже\\s+|здесь\\s+|тут\\s+)?(из|с|мк|рк|шк|зам|секретар\\S*|бухгалтер\\S*|библиотекар\\S*|завуч|директор|заместитель|замдиректора|учитель|педагог|новый|новая|работаю|пишу|в\\s+проекте"
                    + "|(\\S+\\s+){0,2}(координатор|куратор|методист|специалист|руководител)\\S*)"
                    + "|меня\\s+зовут|пишу\\s+(вам\\s+)?(из|от|по\\s+поручению)|(моя\\s+|наша\\s+)?коллег\\S*\\s+(прос|попрос)\\S*"
                    + "|у\\s+нас\\s+(сменил|поменял|новый|новая)\\S*|нас\\s+(включ|добав|взял)\\S*|мы\\s+(из|с|новенькие|новая\\s+школа|работаем)"
                    + "|это\\s+(\\S+\\s+)?(уо|руо|роо|моуо|отдел\\S*|управлени\\S*|комитет\\S*|школа|сош|мбоу|завуч|директор|заместител\\S*|учител\\S*|куратор\\S*|координатор\\S*)|(мбоу|моу|гбоу|мкоу|сош)\\b"
                    + "|(но\\s+)?там\\s+(работа|жив[её]т|живут|уч[ие]тся)\\S*|а\\s+то\\s|потому\\s+что|поскольку|ибо\\s|т\\.\\s?к\\.|с\\s+уважением|^\\S+\\s+(спрашива|интересу|прос|требу)\\S*\\s*[.!]*$|(я\\s+|мы\\s+)?(первый|первая|впервые)\\s+(раз\\s+|год\\s+)?в\\s+проекте|(мы\\s+)?в\\s+проекте\\s+(первый|впервые|недавно|с\\s+\\S+)"
                    + "|так\\s+как\\s|((а|и|но)\\s+)?((сейчас|теперь|тут|вот)\\s+)?((мне|нам)\\s+)?(начальни\\S*|директор|руководств\\S*|начальств\\S*|коллег\\S*|кураторы|куратор|завуч)\\s+(спрашива|интересу|проси|требу|говор|сказал)\\S*"
                    + "|(готовлю|готовим|составляю|составляем|пишу|пишем)\\s+(справку|отч[её]т|информаци\\S*|доклад)\\S*|зам\\s+по\\s+\\S+"
                    + "|(директор|завуч|куратор|координатор)\\S*\\s+(на\\s+больничном|в\\s+отпуске|в\\s+командировке|болеет|заболел\\S*))", FLAGS);
    /** «он», «их», «это»: the question names its topic by a word that points at what was said before. */
    private static final Pattern POINTER = Pattern.compile("\\b(он|она|оно|они|его|е[её]|их|него|н[её]е|них|ним|это|этот|эта|эти|этого|эту|такое|такие)\\b", FLAGS);
    /** "обязательно ли нам быть": a second question asked beside the one about when. */
    private static final Pattern OTHER_QUESTION = Pattern.compile("\\b\\p{L}+\\s+ли\\b|\\bили\\b", FLAGS);
    /** A clause that asks when: one question of several asked at once. */
    private static final Pattern ASKS_WHEN = Pattern.compile("\\b(когда|до\\s+какого|к\\s+какому|до\\s+скольки|в\\s+каком\\s+месяце|срок\\S*|сколько\\s+(дней|времени))\\b", FLAGS);
    /** "я координатор от веселовской школы …" at the head of a run-on question: who writes, not what is asked. */
    private static final Pattern INTRODUCTION_HEAD = Pattern.compile(
            "^я\\s+(сама?\\s+)?(мк|рк|шк|координатор\\S*|куратор\\S*|директор\\S*|завуч\\S*|учител\\S*|заместител\\S*(\\s+директора)?|методист\\S*)"
                    + "(\\s+(русского\\s+языка|математики|физики|химии|биологии|истории|литературы|информатики|начальных\\s+классов|\\S+\\s+языка))?"
                    + "(\\s+(от|из|в|с)\\s+\\S+)?(\\s+\\p{L}+(ск|цк)\\S*(?=\\s+(район|школ|сош|лице|гимнази|округ|област)))?(\\s+(район\\S*|школ\\S*|сош|лице\\S*|округ\\S*|област\\S*|№\\s*\\d+|номер\\s+\\S+))?\\s+", FLAGS);
    /** "кураторы спрашивают экспертиза документов когда": who asks, then what. */
    private static final Pattern REPORTED = Pattern.compile(
            "^(мои\\s+|наши\\s+)?\\S+\\s+(спрашива\\S*|интересу\\S*|просят|просил\\S*|требу\\S*)\\s+(?=\\S+\\s+\\S+)", FLAGS);
    /** «мне поручили сделать …», «нам сказали загрузить …»: a task given, which is what is asked about. */
    private static final Pattern TASK_GIVEN = Pattern.compile(
            "\\b(поручил\\S*|сказал\\S*|велел\\S*|попросил\\S*|просил\\S*|предложил\\S*|обязал\\S*|говорил\\S*)\\s+(\\S+\\s+){0,2}\\p{L}+(ть|ти)\\b", FLAGS);
    /** A signature before the question: "МК Неклиновский.", "Куратор Иванова И.И.:". */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?i:мк|рк|шк|(?:муниципальный\\s+|школьный\\s+|региональный\\s+)?(?:координатор|куратор))(?:(?:\\s+\\p{Lu}[\\p{L}.-]*){1,2}\\s*[.:,!]|\\s*:)\\s+(?=\\S)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A sentence after the question that still belongs to it: at most this many words ("ИОМ педагога"). */
    private static final int AFTERTHOUGHT_WORDS = 4;
    private static final Pattern INFINITIVE = Pattern.compile("\\p{L}{2,}(ть|ти|чь)(ся)?(?!\\p{L})", FLAGS);
    /** Why the asker asks or what they will do: "хочу сравнить с нами", "срочно надо загружать". */
    private static final Pattern INTENT = Pattern.compile("^(хоч\\S*|хотим|хотел\\S*|надо|нужно|чтобы|срочно|а\\s+то|потому|так\\s+как|планирую|собираюсь)\\b", FLAGS);
    /** "после первого мониторинга": when, told by another event, not what is asked about. */
    private static final Pattern AFTER = Pattern.compile("\\bпосле\\s+(\\p{L}+\\s+)?\\p{L}+", FLAGS);
    /** Past forms of verbs, the sign of a clause that tells what happened rather than what is asked. */
    private static final Pattern PAST_VERB = Pattern.compile(
            "\\b\\p{L}{2,}(?:ил|ыл|ал|ял|ел|ёл|ул|ол)(?:и|а|о|ся|ась|ось|ись)?\\b", FLAGS);
    private static final List<String> NOT_VERBS = Arrays.asList("школа", "школ", "ал", "дела", "села", "пол", "сол", "стол",
            "процентов", "сила", "мал", "вал", "был", "шел", "ел", "пришла", "чил", "ставил", "материал", "материала",
            "материалы", "сигнал", "журнал", "журнала", "журналы", "потенциал", "персонал", "персонала", "капитал",
            "формал", "идеал", "финал", "арсенал", "начало", "начала", "мало", "около", "сало", "дело", "тело", "весело",
            "сколько", "было", "правила", "правил", "вопрос", "квартал", "квартала", "квартале", "кварталам", "мел", "угол", "угла", "пул", "стул", "модул", "посол");

    /**
     * A message that only says who writes ("Здравствуйте! Я школьный координатор, МБОУ Покровская СОШ №3, новенькая в
     * проекте 🙂"): no question mark, no question word, hardly a word of the roadmaps and no period.
     */
    boolean introductionOnly() {
        return introduced && !ASKS.matcher(question).find()
                && Terms.ofQuestion(question).stream().filter(t -> !Terms.isChatWord(t)).count() <= 1
                && TimeIntents.of(timeText, java.time.LocalDate.of(2000, 1, 1)).kind() == TimeIntent.Kind.NONE;
    }

    static MessageFocus of(String message) {
        List<String> sentences = new ArrayList<>();
        boolean greeted = false;
        for (String sentence : SENTENCE_END.split(message.strip())) {
            String text = GREETING.matcher(sentence.strip()).replaceFirst("").strip();
            greeted |= !text.equals(sentence.strip());
            if (sentences.isEmpty() && SIGNATURE.matcher(text).find()) {
                text = SIGNATURE.matcher(text).replaceFirst("").strip();
                greeted = true;
            }
            if (!text.isEmpty()) {
                sentences.add(text);
            }
        }
        Asking part = asking(sentences);
        String own = String.join(" ", part.sentences());
        String asked = (part.context() + " " + own).strip();
        String question = withoutIntroductions(asked);
        String present = withoutPast(question);
        String told = withoutPastExceptTasks(question);
        String topic = Terms.ofQuestion(told).stream().filter(t -> !Terms.isChatWord(t)).count() >= 2 ? told : question;
        boolean introduced = greeted || CLAUSE.split(question).length < CLAUSE.split(asked).length;
        boolean pointsBack = POINTER.matcher(own).find();
        int first = part.sentences().stream().mapToInt(sentences::indexOf).filter(i -> i >= 0).min().orElse(0);
        List<String> readings = new ArrayList<>();
        if (pointsBack && first > 0) {
            readings.add(withoutIntroductions(sentences.get(first - 1) + " " + own));
        }
        List<String> clauses = List.of(CLAUSE.split(question));
        if (clauses.stream().filter(c -> ASKS.matcher(c).find() || OTHER_QUESTION.matcher(c).find()).count() >= 2) {
            for (String clause : clauses) {
                if (ASKS_WHEN.matcher(clause).find() && Terms.ofQuestion(clause).stream().filter(t -> !Terms.isChatWord(t)).count() >= 2) {
                    readings.add(clause.strip());
                }
            }
        }
        if (part.sentences().size() > 1) {
            part.sentences().stream().filter(s -> ASKS_WHEN.matcher(s).find()).map(MessageFocus::withoutIntroductions).forEach(readings::add);
        }
        readings.addAll(List.of(question, asked, String.join(" ", sentences)));
        List<String> wider = new ArrayList<>();
        for (String reading : readings) {
            String plain = withoutAfter(reading);
            if (!plain.equals(withoutAfter(topic)) && !wider.contains(plain)) {
                wider.add(plain);
            }
        }
        String letter = String.join(" ", sentences.subList(0, Math.max(0, first)));
        String timeText = part.context().isEmpty() ? present : withoutPast(withoutIntroductions(own));
        return new MessageFocus(withoutAfter(topic), timeText, introduced, wider, letter, pointsBack);
    }

    /**
     * "после первого мониторинга": when, told by another event, not what is asked about — but the stage it names is
     * the one asked about ("экспертиза после второго" is the second stage's).
     */
    private static String withoutAfter(String text) {
        return AFTER.matcher(text).replaceAll(after -> Synonyms.stage(after.group()).or(() -> FollowUps.ordinal(after.group()))
                .map(stage -> " " + stage + " ").orElse(" ")).strip();
    }

    /**
     * The sentences that ask: those with a question mark (else those with a question word, else all), with short
     * afterthoughts or further questions after them; and the context they need when they say nothing by themselves
     * (the sentence before) or name their topic by a pronoun (the sentence before, without its places and dates).
     */
    private static Asking asking(List<String> sentences) {
        List<String> asking = new ArrayList<>(sentences.stream().filter(s -> s.contains("?")).toList());
        if (asking.isEmpty()) {
            asking.addAll(sentences.stream().filter(s -> ASKS.matcher(s).find()).toList());
        }
        if (asking.isEmpty()) {
            return new Asking("", sentences);
        }
        int first = sentences.indexOf(asking.get(0));
        for (String after : sentences.subList(sentences.indexOf(asking.get(asking.size() - 1)) + 1, sentences.size())) {
            if (!asking.contains(after) && afterthought(after)) {
                asking.add(after);
            }
        }
        String asked = String.join(" ", asking);
        if (asking.size() < sentences.size() && saysNothing(asked) && first > 0) {
            return new Asking(sentences.get(first - 1), asking);
        }
        if (asking.size() < sentences.size() && pointsBackThinly(asked) && first > 0) {
            return new Asking(TimeIntents.withoutTime(FollowUps.withoutPlaces(sentences.get(first - 1))), asking);
        }
        return new Asking("", asking);
    }

    /** The sentences that ask, and the sentence before them that says what they ask about, if they need it. */
    private record Asking(String context, List<String> sentences) {
    }

    /**
     * The clauses of a text that ask or name the period: "когда зарплату переведут за квартал?", "уходит в отпуск на
     * весь июль", not "а я только из отпуска".
     */
    static String questionClauses(String text, java.time.LocalDate today) {
        return String.join(", ", java.util.Arrays.stream(CLAUSE.split(text))
                .filter(c -> ASKS.matcher(c).find() || TimeIntents.of(c, today).kind() != TimeIntent.Kind.NONE).toList());
    }

    /** "ИОМ педагога.", "и до какого числа" after the question; not "Директор спрашивает." nor "Спасибо заранее!". */
    private static boolean afterthought(String sentence) {
        String plain = sentence.strip();
        boolean phrase = plain.split("\\s+").length <= AFTERTHOUGHT_WORDS && !INFINITIVE.matcher(plain).find();
        return (phrase || ASKS.matcher(plain).find()) && !INTRODUCTION.matcher(plain).find() && !INTENT.matcher(plain).find()
                && Terms.ofQuestion(plain).stream().noneMatch(Terms::isForeignMatter)
                && SmallTalk.of(plain).isEmpty() && !tellsThePast(plain);
    }

    /** «В какие сроки их проводить?»: a pronoun for the topic and hardly a word of its own. */
    private static boolean pointsBackThinly(String asking) {
        String question = withoutIntroductions(asking);
        return POINTER.matcher(question).find() && Terms.ofQuestion(question).stream().filter(t -> !Terms.isChatWord(t)).count() <= 1;
    }

    /** A question without a topic or a time ("а когда?"): the sentence before it says what it is about. */
    private static boolean saysNothing(String asking) {
        String question = withoutIntroductions(asking);
        return Terms.ofQuestion(question).stream().allMatch(Terms::isChatWord)
                && TimeIntents.of(question, java.time.LocalDate.of(2000, 1, 1)).kind() == TimeIntent.Kind.NONE;
    }

    /**
     * Introductions taken out clause by clause (a clause that also asks is kept), and the reasons given after the
     * question («…, надо командировку заложить в смету»).
     */
    private static String withoutIntroductions(String text) {
        List<String> kept = new ArrayList<>();
        boolean asked = false;
        for (String clause : CLAUSE.split(text)) {
            String plain = clause.strip();
            plain = REPORTED.matcher(plain.replaceFirst("^[^\\p{L}\\d«\"]+", "")).replaceFirst("");
            boolean asks = ASKS.matcher(plain).find();
            boolean reason = asked && !asks && INTENT.matcher(plain).find();
            asked |= asks;
            if (!plain.isEmpty() && !reason && !(INTRODUCTION.matcher(plain).find() && !asks)) {
                String rest = INTRODUCTION_HEAD.matcher(plain).replaceFirst("").strip();
                kept.add(rest.isEmpty() ? plain : rest);
            }
        }
        return kept.isEmpty() ? text : String.join(", ", kept);
    }

    /**
     * The question without the clauses about the past, but for those that tell a task given («мне поручили сделать
     * страничку на сайте»): what to read the topic from.
     */
    private static String withoutPastExceptTasks(String text) {
        List<String> kept = new ArrayList<>();
        for (String clause : CLAUSE.split(text)) {
            if (!tellsThePast(clause) || ASKS.matcher(clause).find() || TASK_GIVEN.matcher(clause).find()) {
                kept.add(clause.strip());
            }
        }
        return String.join(", ", kept);
    }

    /** Clauses that tell of the past and do not ask, taken out so that their months are not read as the period asked. */
    private static String withoutPast(String text) {
        List<String> kept = new ArrayList<>();
        for (String clause : CLAUSE.split(text)) {
            if (!tellsThePast(clause) || ASKS.matcher(clause).find()) {
                kept.add(clause.strip());
            }
        }
        return String.join(", ", kept);
    }

    private static boolean tellsThePast(String clause) {
        var matcher = PAST_VERB.matcher(clause.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!NOT_VERBS.contains(matcher.group())) {
                return true;
            }
        }
        return false;
    }
}

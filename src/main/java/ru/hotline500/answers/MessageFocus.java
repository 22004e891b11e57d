package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.List;
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
     * quote: "в г. Ульяновске" and "ну вот. когда сдавать" are not split; a quoted message that ends a sentence of its
     * own («… в системе!!!» это до когда?) is one.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=\\?[»\"”)]{0,2})(?![»\"”)?])\\s*|(?<=[()]{2}|\\p{So})\\s+(?=\\p{Lu})|(?<![\\s(.](г|с|п|ст|им|ул|д|х|пос|обл|р-н|т\\.е|т\\.д|т\\.п|мун|муниц|рег|фед|гос|упр|отд|зам|пед)\\.)(?<=[.!…][»\"”)]{0,2})\\s+(?=[\\p{Lu}\\d«\"“—–])"
                    + "|(?<=[.!…][»\"”])\\s+(?=\\p{Ll})|\\n+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern GREETING = Pattern.compile(
            "^(?:(?:здр[ао]?в?ств?уй(те)?|здрасте|привет(ствую)?|добр(ый|ое|ого)\\s+(день|утро|вечер|времени\\s+суток|дня)|доброго\\s+времени\\s+суток"
                    + "|ассаляму?\\s+алейкум|салам(\\s+алейкум)?|уважаемые\\s+коллеги|коллеги|девочки|девушки|друзья|ребята|уважаем\\S+|дорогие\\s+коллеги|извините(\\s+за\\s+беспокойство)?"
                    + "|добрый|доброго|hello|hi)[\\s,.!)]*)+", FLAGS);
    /** «спасибо, а первая проверка когда?»: thanks before a question are not part of it. */
    private static final Pattern THANKS_FIRST = Pattern.compile(
            "^(?:(?:(?:большое\\s+|огромное\\s+)?спасибо(?:\\s+(?:большое|огромное|вам))?|спс|благодарю|понятно|ясно|поняла?|ок(?:ей)?|хорошо|отлично"
                    + "|супер)[\\s,.!)\\p{So}]*)+(?=\\S)", FLAGS);
    /** «он», «их», «это»: the question names its topic by a word that points at what was said before. */
    private static final String POINTER_WORDS = "он|она|оно|они|его|е[её]|их|него|н[её]е|них|ним|это|этот|эта|эти|этого|эту|такое|такие";
    private static final Pattern POINTER = Pattern.compile("\\b(" + POINTER_WORDS + ")\\b", FLAGS);
    /** «это когда?», «сроки какие?», «до какого числа всё-таки?» after a pasted letter: the question is about the letter. */
    private static final Pattern POINTS_AT_LETTER = Pattern.compile(
            "\\b(" + POINTER_WORDS + "|эт[оуи]\\S*|вс[её]\\s*-?\\s*таки|так\\s+вот|сроки\\s+какие|какие\\s+сроки)\\b", FLAGS);
    /** "обязательно ли нам быть": a second question asked beside the one about when. */
    private static final Pattern OTHER_QUESTION = Pattern.compile("\\b\\p{L}+\\s+ли\\b|\\bили\\b", FLAGS);
    /** A clause that asks when: one question of several asked at once. */
    private static final Pattern ASKS_WHEN = Pattern.compile("\\b(когда|до\\s+какого|к\\s+какому|до\\s+скольки|в\\s+каком\\s+месяце|срок\\S*|сколько\\s+(дней|времени))\\b", FLAGS);
    /** A signature before the question: "МК Неклиновский.", "Куратор Иванова И.И.:". */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?i:мк|рк|шк|(?:муниципальный\\s+|школьный\\s+|региональный\\s+)?(?:координатор|куратор))(?:(?:\\s+\\p{Lu}[\\p{L}.-]*){1,2}\\s*[.:,!]|\\s*:)\\s+(?=\\S)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A sentence after the question that still belongs to it: at most this many words ("ИОМ педагога"). */
    private static final int AFTERTHOUGHT_WORDS = 4;
    private static final Pattern INFINITIVE = Pattern.compile("\\p{L}{2,}(ть|ти|чь)(ся)?(?!\\p{L})", FLAGS);
    /** "после первого мониторинга": when, told by another event, not what is asked about. */
    private static final Pattern AFTER = Pattern.compile("\\bпосле\\s+(\\p{L}+\\s+)?\\p{L}+", FLAGS);

    /** Whether the question points at a letter pasted before it rather than naming its own topic. */
    boolean pointsAtLetter() {
        return POINTS_AT_LETTER.matcher(question).find();
    }

    /**
     * A message that only says who writes ("Здравствуйте! Я школьный координатор, МБОУ Покровская СОШ №3, новенькая в
     * проекте 🙂"): no question mark, no question word, hardly a word of the roadmaps and no period.
     */
    boolean introductionOnly() {
        return introduced && !Clauses.asks(question)
                && Terms.ofQuestion(question).stream().filter(t -> !Terms.isChatWord(t)).count() <= 1
                && TimeIntents.of(timeText, java.time.LocalDate.of(2000, 1, 1)).kind() == TimeIntent.Kind.NONE;
    }

    /** Whether the text asks when: «когда», «до какого числа», «в каком месяце», «сколько дней». */
    static boolean asksWhen(String text) {
        return ASKS_WHEN.matcher(text).find();
    }

    static MessageFocus of(String message) {
        List<String> sentences = new ArrayList<>();
        boolean greeted = false;
        for (String sentence : SENTENCE_END.split(message.strip())) {
            String text = GREETING.matcher(THANKS_FIRST.matcher(sentence.strip()).replaceFirst("")).replaceFirst("").strip();
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
        String question = Clauses.withoutIntroductions(asked);
        String present = Clauses.withoutPast(question, false);
        String told = Clauses.withoutPast(question, true);
        String topic = Terms.ofQuestion(told).stream().filter(t -> !Terms.isChatWord(t)).count() >= 2 ? told : question;
        boolean introduced = greeted || Clauses.of(question).length < Clauses.of(asked).length;
        boolean pointsBack = POINTER.matcher(own).find();
        int first = part.sentences().stream().mapToInt(sentences::indexOf).filter(i -> i >= 0).min().orElse(0);
        List<String> readings = new ArrayList<>();
        if (pointsBack && first > 0) {
            readings.add(Clauses.withoutIntroductions(sentences.get(first - 1) + " " + own));
        }
        List<String> clauses = List.of(Clauses.of(question));
        if (clauses.stream().filter(c -> Clauses.asks(c) || OTHER_QUESTION.matcher(c).find()).count() >= 2) {
            for (String clause : clauses) {
                if (ASKS_WHEN.matcher(clause).find() && Terms.ofQuestion(clause).stream().filter(t -> !Terms.isChatWord(t)).count() >= 2) {
                    readings.add(clause.strip());
                }
            }
        }
        if (part.sentences().size() > 1) {
            part.sentences().stream().filter(s -> ASKS_WHEN.matcher(s).find()).map(Clauses::withoutIntroductions).forEach(readings::add);
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
        String timeText = part.context().isEmpty() ? present : Clauses.withoutPast(Clauses.withoutIntroductions(own), false);
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
            asking.addAll(sentences.stream().filter(s -> Clauses.asks(s)).toList());
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


    /** "ИОМ педагога.", "и до какого числа" after the question; not "Директор спрашивает." nor "Спасибо заранее!". */
    private static boolean afterthought(String sentence) {
        String plain = sentence.strip();
        boolean phrase = plain.split("\\s+").length <= AFTERTHOUGHT_WORDS && !INFINITIVE.matcher(plain).find();
        return (phrase || Clauses.asks(plain)) && !Clauses.INTRODUCTION.matcher(plain).find() && !Clauses.INTENT.matcher(plain).find()
                && Terms.ofQuestion(plain).stream().noneMatch(Terms::isForeignMatter)
                && SmallTalk.of(plain).isEmpty() && !Clauses.tellsThePast(plain);
    }

    /** «В какие сроки их проводить?»: a pronoun for the topic and hardly a word of its own. */
    private static boolean pointsBackThinly(String asking) {
        String question = Clauses.withoutIntroductions(asking);
        return POINTER.matcher(question).find() && Terms.ofQuestion(question).stream().filter(t -> !Terms.isChatWord(t)).count() <= 1;
    }

    /** A question without a topic or a time ("а когда?"): the sentence before it says what it is about. */
    private static boolean saysNothing(String asking) {
        String question = Clauses.withoutIntroductions(asking);
        return Terms.ofQuestion(question).stream().allMatch(Terms::isChatWord)
                && TimeIntents.of(question, java.time.LocalDate.of(2000, 1, 1)).kind() == TimeIntent.Kind.NONE;
    }




}

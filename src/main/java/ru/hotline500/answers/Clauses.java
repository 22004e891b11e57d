package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The clauses of a sentence and what each one does: asks, introduces the writer, tells who asks, gives a reason, or
 * tells of the past. {@link MessageFocus} finds the question with them; the engine reads pay and leave only in the
 * clauses that ask or name the period.
 */
final class Clauses {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
    /** Clauses: by punctuation, before "а", "но", "и", and before the words a run-on question starts with. */
    private static final Pattern CLAUSE = Pattern.compile("\\s*[,;:]\\s*|\\s+(?=(?:а|но|и)\\s)|\\s+[-–—]\\s+"
            + "|\\s+(?=(?:подскажите|скажите|подскажи|когда|до\\s+какого|в\\s+какие\\s+сроки|к\\s+какому)\\b)"
            + "|\\s+(?=(?:нам|мне)\\s+(?:сказали|велели|поручили|говорили|написали|передали|сообщили)\\b)"
            + "|\\s+(?=хотел\\S*\\s+(?:бы\\s+)?(?:спросить|узнать|уточнить)\\b)"
            + "|\\s+(?=(?:мы|я)\\s+(?:хотим|хочу|хотел\\S*|планиру\\S*|собира\\S*)\\b)"
            + "|\\s+(?=чтобы\\s+(?:я|мы)\\s)|\\s+(?=(?:вот\\s+)?у\\s+(?:меня|нас)\\s+(?:такой\\s+|небольшой\\s+|один\\s+)?вопрос\\S*)", FLAGS);
    /** Words that make a sentence a question. */
    static final Pattern ASKS = Pattern.compile(
            "\\?|\\b(когда|до\\s+какого|какого\\s+числа|к\\s+какому|в\\s+какие\\s+сроки|какой\\s+срок|какие\\s+сроки|сколько|кто|что|где|"
                    + "подскаж\\S*|скаж\\S*|уточни\\S*|нужно\\s+ли|надо\\s+ли|можно\\s+ли|какие|какой|какая|как(ое|ую)|до\\s+скольки|"
                    + "срок\\S*|дедлайн\\S*|когда-?то|интересует|перечислит(е|ь)|напомните|назовите|расскажите|сообщите|разъясните)\\b", FLAGS);
    /** A clause about the asker rather than the roadmap: "я завуч …", "меня зовут …", "коллега просила узнать". */
    static final Pattern INTRODUCTION = Pattern.compile(
            "^(я\\s+(сама?\\s+|тоже\\s+|здесь\\s+|тут\\s+)?(из|с|мк|рк|шк|зам|секретар\\S*|бухгалтер\\S*|библиотекар\\S*|завуч|директор|заместитель|замдиректора|учитель|педагог|новый|новая|новеньк\\S*|молод\\S*|работаю|пишу|в\\s+проекте"
                    + "|(\\S+\\s+){0,2}(координатор|куратор|методист|специалист|руководител)\\S*)"
                    + "|меня\\s+зовут|(у\\s+меня|я\\s+ухожу\\s+в|ухожу\\s+в|я\\s+в)\\s+(отпуск|декрет|больничн)\\S*|(меня|нас)\\s+(попросил\\S*|просил\\S*|поручил\\S*)\\s+(проверить|узнать|уточнить|посмотреть|выяснить)\\b|пишу\\s+(вам\\s+)?(из|от|по\\s+поручению)|(моя\\s+|наша\\s+)?коллег\\S*\\s+(прос|попрос)\\S*"
                    + "|у\\s+нас\\s+(сменил|поменял|новый|новая)\\S*|нас\\s+(включ|добав|взял)\\S*|мы\\s+(из|с|новенькие|новая\\s+школа|работаем)"
                    + "|это\\s+(\\S+\\s+)?(уо|руо|роо|моуо|отдел\\S*|управлени\\S*|комитет\\S*|школа|сош|мбоу|завуч|директор|заместител\\S*|учител\\S*|куратор\\S*|координатор\\S*)|(мбоу|моу|гбоу|мкоу|сош)\\b"
                    + "|(но\\s+)?там\\s+(работа|жив[её]т|живут|уч[ие]тся)\\S*|а\\s+то\\s|потому\\s+что|поскольку|ибо\\s|т\\.\\s?к\\.|с\\s+уважением|^(\\S+\\s+){1,3}(спрашива|интересу|прос|попрос|требу)\\S*\\s*[.!]*$|(я\\s+|мы\\s+)?(первый|первая|впервые)\\s+(раз\\s+|год\\s+)?в\\s+проекте|(мы\\s+)?в\\s+проекте\\s+(первый|впервые|недавно|с\\s+\\S+)"
                    + "|так\\s+как\\s|((а|и|но)\\s+)?((сейчас|теперь|тут|вот)\\s+)?((мне|нам)\\s+)?(начальни\\S*|директор|руководств\\S*|начальств\\S*|коллег\\S*|кураторы|куратор|завуч)\\s+(спрашива|интересу|проси|требу|говор|сказал)\\S*"
                    + "|(готовлю|готовим|составляю|составляем|пишу|пишем)\\s+(справку|отч[её]т|информаци\\S*|доклад)\\S*|зам\\s+по\\s+\\S+"
                    + "|(директор|завуч|куратор|координатор)\\S*\\s+(на\\s+больничном|в\\s+отпуске|в\\s+командировке|болеет|заболел\\S*))", FLAGS);
    /** "я координатор от веселовской школы …" at the head of a run-on question: who writes, not what is asked. */
    private static final Pattern INTRODUCTION_HEAD = Pattern.compile(
            "^я\\s+(сама?\\s+)?(мк|рк|шк|координатор\\S*|куратор\\S*|директор\\S*|завуч\\S*|учител\\S*|(заместител\\S*|зам|замдиректора)(\\s+директора)?|методист\\S*)"
                    + "(\\s+по\\s+(у?вр|ур|нмр|вр|\\S+\\s+работе))?"
                    + "(\\s+(русского\\s+языка|математики|физики|химии|биологии|истории|литературы|информатики|начальных\\s+классов|\\S+\\s+языка))?"
                    + "(\\s+(от|из|в|с)\\s+\\S+)?(\\s+\\p{L}+(ск|цк)\\S*(?=\\s+(район|школ|сош|лице|гимнази|округ|област)))?(\\s+(район\\S*|школ\\S*|сош|лице\\S*|округ\\S*|област\\S*|№\\s*\\d+|номер\\s+\\S+))?\\s+", FLAGS);
    /** What follows "я куратор" when it still tells of the asker: "двух школ района", "от школы", "хотела спросить". */
    private static final Pattern ABOUT_THE_ASKER = Pattern.compile(
            "^(от|из|в|с|у|на|двух|тр[её]х|четыр\\S*|нескольких|\\d+|маленьк\\S*|сельск\\S*|городск\\S*|школ\\S*|хотел\\S*|меня|уже|давно|недавно|новый|новая|по\\s+(у?вр|ур|нмр|\\S+\\s+работе)$)\\b", FLAGS);
    /** "кураторы спрашивают экспертиза документов когда": who asks, then what. */
    private static final Pattern REPORTED = Pattern.compile(
            "^(мои\\s+|наши\\s+|мой\\s+|моя\\s+|наш\\s+|наша\\s+)?\\S+\\s+(спрашива\\S*|интересу\\S*|просят|просил\\S*|требу\\S*)\\s+(?=\\S+\\s+\\S+)", FLAGS);
    /** «мне поручили сделать …», «нам сказали загрузить …»: a task given, which is what is asked about. */
    private static final Pattern TASK_GIVEN = Pattern.compile(
            "\\b(поручил\\S*|сказал\\S*|велел\\S*|попросил\\S*|просил\\S*|предложил\\S*|обязал\\S*|говорил\\S*)\\s+(\\S+\\s+){0,2}\\p{L}+(ть|ти)\\b", FLAGS);
    /** Why the asker asks or what they will do: "хочу сравнить с нами", "срочно надо загружать". */
    static final Pattern INTENT = Pattern.compile("^((мы|я)\\s+)?(хоч\\S*|хотим|хотел\\S*|надо|нужно|чтобы|срочно|а\\s+то|потому|так\\s+как|планирую|собираюсь|составля\\S*\\s+(план|график)\\S*)\\b", FLAGS);
    /** Past forms of verbs, the sign of a clause that tells what happened rather than what is asked. */
    private static final Pattern PAST_VERB = Pattern.compile(
            "\\b\\p{L}{2,}(?:ил|ыл|ал|ял|ел|ёл|ул|ол)(?:и|а|о|ся|ась|ось|ись)?\\b", FLAGS);
    private static final List<String> NOT_VERBS = Arrays.asList("школа", "школ", "ал", "дела", "села", "пол", "сол", "стол",
            "процентов", "сила", "мал", "вал", "был", "шел", "ел", "пришла", "чил", "ставил", "материал", "материала",
            "материалы", "сигнал", "журнал", "журнала", "журналы", "потенциал", "персонал", "персонала", "капитал",
            "формал", "идеал", "финал", "арсенал", "начало", "начала", "мало", "около", "сало", "дело", "тело", "весело",
            "сколько", "было", "правила", "правил", "вопрос", "квартал", "квартала", "квартале", "кварталам", "мел", "угол", "угла", "пул", "стул", "модул", "посол");

    /**
     * The clauses of a text that ask or name the period: "когда зарплату переведут за квартал?", "уходит в отпуск на
     * весь июль", not "а я только из отпуска".
     */
    static String questionClauses(String text, LocalDate today) {
        return String.join(", ", Arrays.stream(CLAUSE.split(text))
                .filter(c -> ASKS.matcher(c).find() || TimeIntents.of(c, today).kind() != TimeIntent.Kind.NONE).toList());
    }

    /**
     * Introductions taken out clause by clause (a clause that also asks is kept), and the reasons given after the
     * question («…, надо командировку заложить в смету»).
     */
    static String withoutIntroductions(String text) {
        List<String> kept = new ArrayList<>();
        boolean asked = false;
        for (String clause : CLAUSE.split(text)) {
            String plain = clause.strip();
            plain = REPORTED.matcher(plain.replaceFirst("^[^\\p{L}\\d«\"]+", "")).replaceFirst("");
            boolean asks = ASKS.matcher(plain).find();
            boolean reason = asked && !asks && INTENT.matcher(plain).find();
            asked |= asks;
            String rest = INTRODUCTION_HEAD.matcher(plain).replaceFirst("").strip();
            if (!plain.isEmpty() && !reason && !(INTRODUCTION.matcher(plain).find() && !asks)) {
                kept.add(rest.isEmpty() ? plain : rest);
            } else if (!asks && !reason && !rest.equals(plain) && rest.split("\\s+").length >= 2 && !INTRODUCTION.matcher(rest).find()
                    && !ABOUT_THE_ASKER.matcher(rest).find()) {
                kept.add(rest);
            }
        }
        return kept.isEmpty() ? text : String.join(", ", kept);
    }

    /**
     * Clauses that tell of the past and do not ask, taken out so that their months are not read as the period asked;
     * with {@code keepTasks}, those that tell a task given («мне поручили сделать страничку на сайте») stay: what to
     * read the topic from.
     */
    static String withoutPast(String text, boolean keepTasks) {
        List<String> kept = new ArrayList<>();
        for (String clause : CLAUSE.split(text)) {
            if (!tellsThePast(clause) || ASKS.matcher(clause).find() || keepTasks && TASK_GIVEN.matcher(clause).find()) {
                kept.add(clause.strip());
            }
        }
        return String.join(", ", kept);
    }

    static boolean tellsThePast(String clause) {
        var matcher = PAST_VERB.matcher(clause.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!NOT_VERBS.contains(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    private Clauses() {
    }

    static String[] of(String text) {
        return CLAUSE.split(text);
    }

    static boolean asks(String text) {
        return ASKS.matcher(text).find();
    }
}

package ru.hotline500.answers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages that are not questions about the roadmaps — a greeting, thanks, "ок", an emoji, a line in English —
 * answered with a short friendly line, never with "нет пункта" or an offer to pass them on.
 */
final class SmallTalk {

    enum Kind { ABOUT_BOT, GREETING, THANKS, AGREEMENT, FAREWELL, FOREIGN, UNCLEAR }

    static final String EXAMPLE = "Например: «Когда сдавать отчёт о посещении школ?»";

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
    private static final Pattern GREETING = bounded(
            "здр[ао]?в?ств?уй(те)?|здрасьте|здрасте|привет(ствую)?|добр(ый|ое|ого|ой)(\\s+(день|утро|вечер|дня|времени\\s+суток|ночи))?|доброго\\s+времени\\s+суток"
                    + "|салам(\\s+алейкум)?|ассаляму?\\s+алейкум|алейкум|hello|hi|hey|good\\s+(morning|afternoon|evening)"
                    + "|с\\s+(наступающим\\s+|прошедшим\\s+|прошедшими\\s+)?(новым\\s+годом|праздник\\S*|рождеством|дн[её]м\\s+\\S+|(1|первым)\\s+сентября|\\d{1,2}\\s+(марта|февраля|мая))"
                    + "|с\\s+наступающим|поздравля\\S*"
                    + "|как\\s+(у\\s+вас\\s+)?дела|как\\s+вы|уважаемые\\s+коллеги|коллеги|(вы\\s+)?(тут|здесь)"
                    + "|проверка(\\s+связи)?|тест(ирую|овое(\\s+сообщение)?)?|алл?о|есть\\s+кто(\\s+(живой|тут|здесь))?"
                    + "|(ты|вы|бот)\\s+(работаешь|работаете|работает|на\\s+связи)|на\\s+связи"
                    + "|(я\\s+)?(только\\s+)?(разбираюсь|знакомлюсь|пробую|осваиваю)\\s+(с\\s+)?(этим\\s+|вашим\\s+)?бот\\S*");
    private static final Pattern THANKS = bounded(
            "(большое\\s+|огромное\\s+)?(спасибо|благодарю|благодарим)(\\s+(большое|огромное|вам|всем|за\\s+(быстрый\\s+|оперативный\\s+)?(ответ|ответы|помощь|информацию|подсказку|разъяснени\\S*)))*|спс|пасиб\\S*|thanks?(\\s+you)?|рахмат|сау\\s+бол|бар(а|е)?кал+а(\\s+\\S+)?"
            + "|выручили|(очень\\s+)?помогли|вы\\s+лучшие|молодцы|теперь\\s+понятно|вс[её]\\s+понятно"
            + "|(очень\\s+)?рад(а|ы)?\\s*,?\\s*что\\s+(теперь\\s+|у\\s+нас\\s+)?(есть|появил\\S*)\\s+(этот\\s+|такой\\s+)?бот\\S*"
            + "|(какой\\s+)?(удобн\\S*|полезн\\S*|классн\\S*|отличн\\S*)\\s+бот\\S*");
    private static final Pattern AGREEMENT = bounded(
            "ок(ей)?|окей|ok(ay)?|хорошо|понятно|поняла?|ясно|принято|принял[аи]?|угу|ага|да|ладно|супер|отлично|класс|договорились|понял[аи]?\\s+вас");
    private static final Pattern FAREWELL = bounded("до\\s+свидания|пока|всего\\s+доброго|спокойной\\s+ночи|доброй\\s+ночи|всего\\s+хорошего|bye|goodbye"
            + "|(всего\\s+)?хорошего(\\s+вам)?\\s+(дня|вечера)|удачи|до\\s+связи");
    private static final String WHO_ANSWERS = "(чат-?)?(бот|робот|нейросеть|программа|автоответчик|живой(\\s+человек)?|живые(\\s+люди)?"
            + "|человек|люди|настоящий\\s+человек)";
    /** «а вы бот или живой человек?», «кто мне отвечает?», «я с роботом переписываюсь?». */
    private static final Pattern ABOUT_BOT = bounded(
            "(ты|вы)\\s+(что\\s+|тут\\s+|вообще\\s+)?" + WHO_ANSWERS + "(\\s+или\\s+" + WHO_ANSWERS + ")?"
                    + "|кто\\s+(ты|вы|мне\\s+(отвечает|пишет))|с\\s+кем\\s+я\\s+(говорю|разговариваю|переписываюсь|общаюсь)"
                    + "|(это|тут|здесь)\\s+" + WHO_ANSWERS + "(\\s+или\\s+" + WHO_ANSWERS + ")?"
                    + "|(я\\s+)?(говорю|общаюсь|переписываюсь|разговариваю)\\s+с\\s+(ботом|роботом|человеком|живым\\s+человеком)");
    private static final Pattern FILLER = bounded("пожалуйста|вам|вас|всех|всем|коллеги|друзья|девочки|ребята|и|а|ну|же|тоже|все|еще|очень|так|уже");

    /** At most this many words beside the thanks for a message to be thanks rather than a question. */
    private static final int TELLING_WORDS = 5;

    private SmallTalk() {
    }

    static Optional<Kind> of(String message) {
        String text = message.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (!text.matches("(?s).*\\p{L}.*")) {
            return Optional.of(Kind.AGREEMENT);
        }
        if (!text.matches("(?s).*\\p{IsCyrillic}.*")) {
            return text.matches("(?s).*\\b(whatsapp|ватсап)\\b.*") ? Optional.empty() : Optional.of(Kind.FOREIGN);
        }
        Kind kind = null;
        for (Kind candidate : new Kind[] {Kind.ABOUT_BOT, Kind.THANKS, Kind.FAREWELL, Kind.GREETING, Kind.AGREEMENT}) {
            Matcher matcher = pattern(candidate).matcher(text);
            if (matcher.find()) {
                kind = kind == null ? candidate : kind;
                text = matcher.replaceAll(" ");
            }
        }
        String rest = FILLER.matcher(text.replaceAll("[^\\p{L}\\s]", " ")).replaceAll(" ").strip();
        if (kind != null && (rest.isEmpty() || kind != Kind.GREETING && tellsNotAsks(message, rest))) {
            return Optional.of(kind);
        }
        return Optional.empty();
    }

    /**
     * Thanks or "ок" with a few words of what was done — «Спасибо большое! Всё загрузили 🙏», «ок, передам директору»:
     * no question mark, no question word, no "а …" that would make it a follow-up.
     */
    private static boolean tellsNotAsks(String message, String rest) {
        return !message.contains("?") && !Clauses.asks(rest) && !rest.matches("(?s)(а|и)\\b.*")
                && rest.split("\\s+").length <= TELLING_WORDS;
    }

    private static Pattern pattern(Kind kind) {
        return switch (kind) {
            case ABOUT_BOT -> ABOUT_BOT;
            case THANKS -> THANKS;
            case FAREWELL -> FAREWELL;
            case GREETING -> GREETING;
            default -> AGREEMENT;
        };
    }

    /** The alternatives as whole words. */
    private static Pattern bounded(String alternatives) {
        return Pattern.compile("(?<!\\p{L})(" + alternatives + ")(?!\\p{L})", FLAGS);
    }

    static String reply(Kind kind) {
        return switch (kind) {
            case ABOUT_BOT -> "Я бот горячей линии проекта 500+: отвечаю на вопросы о сроках по дорожным картам вашей территории "
                    + "и даты не придумываю. Если ответа в дорожных картах нет, я предложу передать ваш вопрос координаторам — "
                    + "им ответят люди. " + EXAMPLE;
            case GREETING -> "Здравствуйте! Я подсказываю сроки из дорожных карт проекта 500+ вашей территории: что, до какого числа и кто отвечает. "
                    + EXAMPLE;
            case THANKS -> "Пожалуйста! Если появятся ещё вопросы о сроках — пишите.";
            case AGREEMENT -> "Хорошо! Если появятся вопросы о сроках дорожной карты — пишите.";
            case FAREWELL -> "До свидания! Обращайтесь, если появятся вопросы о сроках.";
            case FOREIGN -> "Я отвечаю на русском языке, на вопросы о сроках дорожных карт проекта 500+. " + EXAMPLE;
            case UNCLEAR -> "Уточните, пожалуйста, о каком мероприятии или документе дорожной карты вы спрашиваете. " + EXAMPLE;
        };
    }
}

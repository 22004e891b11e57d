package ru.hotline500.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When no item covers enough of a question to answer it: the item given as a guess, said to be one. People who name
 * the roadmap's actions in their own words («когда директоров и завучей на курсы повышения отправят?») mostly ask
 * about the item that shares their few roadmap words, when no other item comes close to it.
 */
final class Guesses {

    /** The share of the question's weight a guessed item must contain; a sure answer needs {@link AnswerEngine#MIN_COVERAGE}. */
    static final double COVERAGE = 0.4;
    /** The second item's score is at most this share of the best one's for the best to be a guess worth giving. */
    static final double MARGIN = 0.8;
    /**
     * A question about something other than a term — where («где брать сертификаты»), how many places or hours, which
     * password — and not about when: no item is given as a guess for it.
     */
    private static final Pattern ASKS_OTHER = Pattern.compile(
            "(^|[.?!,:;—-]\\s*)где(?!\\p{L})"
                    + "|(?<!\\p{L})(где\\s+(можно\\s+)?(брать|взять|найти|получить|скачать|посмотреть|искать|узнать)"
                    + "|сколько\\s+(мест|час\\S*|человек|денег|рубл\\S*|баллов|штук)"
                    + "|как(ой|ая|ое|ие)\\s+(пароль|логин|ссылк\\S*|адрес|телефон))(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    private Guesses() {
    }

    /** Whether a guess may answer the question: it asks when, or at least not where, how many or which password. */
    static boolean allowed(String question) {
        return MessageFocus.asksWhen(question) || !ASKS_OTHER.matcher(question).find();
    }

    /** The best of the scored items when it is a guess worth giving. */
    static Optional<ItemIndex.Scored> of(List<ItemIndex.Scored> results) {
        if (results.isEmpty() || results.get(0).coverage() < COVERAGE) {
            return Optional.empty();
        }
        boolean alone = results.size() == 1 || results.get(1).score() <= MARGIN * results.get(0).score();
        return alone ? Optional.of(results.get(0)) : Optional.empty();
    }
}

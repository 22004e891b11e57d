package ru.hotline500.telegram.handoff;

import java.time.format.DateTimeFormatter;
import ru.hotline500.handoff.FaqAnswer;
import ru.hotline500.handoff.HandOffThread;

/** What the hand-off says to the asker and in the coordinators' group. */
final class HandOffTexts {

    static final String OFFER = "🙋 Передать вопрос координаторам";
    static final String ADD = "✍ Дополнить вопрос";
    static final String FOLLOW_UP = "✍ Уточнить";
    static final String KEEP = "📌 Отвечать так на такой же вопрос";
    /** Under a question the roadmaps do not answer, when the territory's coordinators' group is bound. */
    static final String OFFER_LINE = "Если нужно, я передам ваш вопрос координаторам — они ответят лично.";
    /** The same when no group is bound: no promise to pass it on. */
    static final String NO_GROUP_LINE = "Задайте его, пожалуйста, координатору проекта вашей территории напрямую: группа координаторов "
            + "пока не подключена к боту.";
    static final String NO_GROUP = "Группа координаторов вашей территории пока не подключена к боту, поэтому передать вопрос "
            + "я не могу — напишите, пожалуйста, координатору напрямую.";
    static final String ALREADY_ASKED = "Этот вопрос уже передан координаторам.";
    static final String FOLLOW_UP_SENT = "Передал координаторам. Ответ придёт сюда же.";
    static final String ALREADY_KEPT = "Этот ответ уже сохранён.";
    static final String KEEP_NOT_COORDINATOR = "Сохранять ответы могут только координаторы этой территории.";
    static final String ANSWER_NOT_TEXT = "Ответ не передан: я передаю только текст. Напишите ответ словами, ответом на вопрос.";
    static final String ANSWER_NOT_COORDINATOR = "Ответ не передан: отвечать от имени горячей линии могут только координаторы "
            + "этой территории, подключённые к боту (приглашение — у координатора, команда /invite).";
    static final String FOLLOW_UP_NOT_TEXT = "Я передаю координаторам только текст. Напишите, пожалуйста, уточнение словами.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int QUOTED = 200;

    private HandOffTexts() {
    }

    /** Instead of "not found": a coordinator's answer kept for this question. */
    static String standing(FaqAnswer answer) {
        return "Ответ координатора (" + answer.answeredBy() + ", " + DATE.format(answer.answeredOn()) + ") на вопрос «"
                + quote(answer.question()) + "»:\n\n" + answer.answer()
                + "\n\nЕсли ваш вопрос о другом, я передам его координаторам.";
    }

    static String inGroup(HandOffThread thread) {
        return "❓ Вопрос в горячую линию\nОт: " + thread.asker().name() + " (" + thread.asker().from() + ")\n\n«" + thread.question()
                + "»\n\nВ дорожных картах ответа нет. Ответьте на это сообщение (кнопка «Ответить»), и я передам ответ.";
    }

    static String asked() {
        return "Передал ваш вопрос координаторам. Ответ придёт сюда же, в этот чат.\n"
                + "Хотите что-то добавить — нажмите «" + ADD + "».";
    }

    static String writeFollowUp(HandOffThread thread) {
        return "Напишите одним сообщением, что добавить к вопросу «" + quote(thread.question())
                + "», — я передам координаторам. Передумали — /cancel.";
    }

    static String followUpInGroup(HandOffThread thread, String text) {
        return "➕ Уточнение к вопросу «" + quote(thread.question()) + "»\nОт: " + thread.asker().name() + " (" + thread.asker().from()
                + ")\n\n" + text + "\n\nОтветьте на это сообщение, и я передам ответ.";
    }

    static String relayed(HandOffThread thread, String coordinator, String answer) {
        return "💬 Ответ координатора (" + coordinator + ") на ваш вопрос «" + quote(thread.question()) + "»:\n\n" + answer
                + "\n\nНужно уточнить — нажмите «" + FOLLOW_UP + "» или ответьте на это сообщение.";
    }

    static String answerPassed(HandOffThread thread) {
        return "✅ Ответ передан, его получит " + thread.asker().name() + " в личном чате с ботом.\nЕсли на такой же вопрос "
                + "бот впредь должен отвечать так же, нажмите «" + KEEP + "».";
    }

    static String kept(FaqAnswer answer, String territory) {
        return "📌 Сохранено для территории «" + territory + "»: на такой же вопрос бот теперь ответит сам, как «ответ координатора» ("
                + answer.answeredBy() + ", " + DATE.format(answer.answeredOn()) + ").";
    }

    private static String quote(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1).strip() + "…";
    }
}

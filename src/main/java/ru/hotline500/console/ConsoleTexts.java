package ru.hotline500.console;

/** What the console says, in one place. */
final class ConsoleTexts {

    static final String GREETING = "Горячая линия проекта 500+ — ответы о сроках по дорожным картам.";
    static final String PICK_TERRITORY = "Выберите вашу территорию — введите номер:";
    static final String WRONG_TERRITORY = "Такого номера нет в списке. Введите номер территории, например 1.";
    static final String PICK_DATE = "Какую дату считать сегодняшней? Образцы дорожных карт — за 2021–2022 годы, поэтому для "
            + "демонстрации удобна, например, дата 10.04.2021.\nВведите дату (ДД.ММ.ГГГГ) или нажмите Enter, чтобы взять настоящую.";
    static final String WRONG_DATE = "Не получилось прочитать дату. Напишите её так: 10.04.2021 — или нажмите Enter.";
    static final String HINTS = "Задайте вопрос о сроках, например: «до какого числа разместить концептуальные документы?», "
            + "«что сдавать в мае?», «ближайший дедлайн».\nЧтобы сменить территорию, напишите «территория», дату — «дата», выйти — «выход».";
    static final String EMPTY_QUESTION = "Напишите вопрос о сроках — или «выход», чтобы закончить.";
    static final String GOODBYE = "До свидания!";
    static final String NO_TERRITORIES = "В базе нет ни одной территории: загрузите дорожные карты (roadmap import).";
    static final String FAILURE = "Извините, не получилось ответить на этот вопрос. Попробуйте сформулировать иначе.";

    private ConsoleTexts() {
    }

    static String ready(String territory, String today) {
        return "Территория: " + territory + ". Сегодня: " + today + ".";
    }
}

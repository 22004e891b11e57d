package ru.hotline500.telegram;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Everything the bot says on Telegram besides the answers themselves, in one place to review the wording. */
final class BotTexts {

    static final String CHOOSE_REGION = "Выберите, пожалуйста, ваш регион:";
    static final String CHOOSE_BY_BUTTON = "Пожалуйста, выберите территорию кнопкой под сообщением.";
    static final String WHOLE_REGION = "Весь регион (региональный уровень)";
    static final String OTHER_REGION = "« Другой регион";
    static final String STALE_BUTTON = "Эта кнопка больше не действует.";
    static final String UNKNOWN_COMMAND = "Такой команды я не знаю. Просто напишите вопрос о сроках обычными словами, "
            + "например: «до какого числа разместить концептуальные документы в МЭДК?»";
    static final String APOLOGY = "Извините, при обработке вашего сообщения произошла ошибка. Попробуйте, пожалуйста, ещё раз "
            + "чуть позже; если не получится — напишите координатору.";
    static final String NOT_TEXT = "Я понимаю только текстовые сообщения. Напишите, пожалуйста, вопрос о сроках словами.";
    static final String OPEN_PRIVATE_CHAT = "Открыть личный чат с ботом";
    static final String CHANGE_TERRITORY = "Сменим территорию.";

    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));

    private BotTexts() {
    }

    /** "15 апреля": a day as every screen writes it when the year goes without saying. */
    static String dayAndMonth(LocalDate date) {
        return DAY_AND_MONTH.format(date);
    }

    static String welcome(String name) {
        return (name == null || name.isBlank() ? "Здравствуйте!" : "Здравствуйте, " + name + "!")
                + " Я бот горячей линии Проекта 500+. Отвечаю на вопросы о сроках из дорожных карт вашей территории: "
                + "что сделать, до какого числа, сколько дней осталось и кто отвечает.\n\n"
                + "Сначала выберите территорию, по дорожным картам которой отвечать.";
    }

    static String welcomeBack(String territory) {
        return "Здравствуйте! Я отвечаю по дорожным картам: " + territory + ". Напишите вопрос о сроках обычными словами.\n"
                + "Сменить территорию: /territory. Подсказка: /help.";
    }

    static String chooseMunicipality(String region) {
        return region + ": выберите муниципалитет или региональный уровень.";
    }

    static String territoryChosen(String territory) {
        return "Готово: отвечаю по дорожным картам — " + territory + ".\n\n"
                + "Спросите, например:\n"
                + "• до какого числа разместить концептуальные документы в МЭДК?\n"
                + "• что нужно сдать в мае?\n"
                + "• ближайший дедлайн\n"
                + "• что просрочено?";
    }

    static String help(String territory) {
        return "Я отвечаю на вопросы о сроках из дорожных карт Проекта 500+"
                + (territory == null ? "." : " (сейчас — " + territory + ").") + "\n\n"
                + "Пишите как в обычном чате:\n"
                + "• кагда отчет куратора за 1 этап\n"
                + "• экспертиза документов второго этапа когда?\n"
                + "• что у нас на этой неделе\n"
                + "• сколько дней осталось до мониторинга\n"
                + "• а в Сахалинской области когда круглый стол?\n\n"
                + "Я называю пункт дорожной карты, срок, сколько дней осталось и кто отвечает. "
                + "Если в дорожной карте такого пункта нет, я так и скажу — даты не придумываю — и предложу передать вопрос "
                + "координаторам: их ответ придёт сюда же.\n\n"
                + "/stage — какой сейчас этап и что сделать до его конца\n"
                + "/remind — напоминания о сроках (утром за 3 дня и в день срока)\n"
                + "/territory — сменить территорию\n/help — эта подсказка\n\n"
                + "Участникам проекта по приглашению координатора: /visit — отметить визит в школу, /visits — визиты этапа, "
                + "/plan — запланировать визит; координаторам также /invite — пригласить, /export — визиты в Excel.";
    }

    static String groupHelp(String botName) {
        return "Я бот горячей линии Проекта 500+: отвечаю на вопросы о сроках из дорожных карт.\n"
                + "В группе задайте вопрос ответом (reply) на любое моё сообщение — отвечу по территории, которую вы выбрали "
                + "в личном чате со мной" + (botName == null ? "." : " (@" + botName + ").")
                + "\n/help — эта подсказка\n\n"
                + "Координаторам: /bind — привязать группу к своей территории (сюда будут приходить сводки этапа и вопросы, "
                + "на которые в дорожных картах нет ответа; отвечайте на них ответом (reply) на моё сообщение), /digest — сводка "
                + "сейчас, /schedule — день и час еженедельной сводки, /unbind — отвязать.";
    }

    static String addedToGroup(String botName) {
        return "Спасибо, что добавили меня в группу! " + groupHelp(botName);
    }

    /** A private-chat command sent in a group; {@code botName} null while the bot does not know it. */
    static String privateChatOnly(String command, String botName) {
        return "Команда /" + command + " работает только в личном чате со мной. "
                + (botName == null ? "Откройте личный чат со мной (нажмите на моё имя) и отправьте /" + command + " там."
                        : "Напишите мне в личные сообщения — @" + botName + " — и отправьте /" + command + " там.");
    }

    /** A coordinators' group command sent in a private chat; {@code bindFirst} for one that works in a bound group only. */
    static String groupOnly(String command, boolean bindFirst) {
        return "Команда /" + command + " работает в группе координаторов, а не в личном чате. Добавьте меня в группу "
                + "координаторов вашей территории и отправьте /" + command + " там."
                + (bindFirst ? " Если группа ещё не привязана к территории, сначала отправьте там /bind." : "");
    }

    static String chooseTerritoryFirst() {
        return "Чтобы ответить, мне нужно знать вашу территорию.";
    }

    static String groupAskerWithoutTerritory() {
        return "Я пока не знаю вашу территорию. Откройте личный чат со мной, выберите её — и задайте вопрос снова.";
    }
}

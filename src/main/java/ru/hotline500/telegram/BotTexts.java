package ru.hotline500.telegram;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Everything the bot says on Telegram besides the answers themselves, in one place to review the wording. */
public final class BotTexts {

    static final String CHOOSE_REGION = "Выберите, пожалуйста, ваш регион:";
    static final String CHOOSE_BY_BUTTON = "Пожалуйста, выберите территорию кнопкой под сообщением.";
    static final String WHOLE_REGION = "Весь регион (региональный уровень)";
    static final String OTHER_REGION = "« Другой регион";
    public static final String STALE_BUTTON = "Эта кнопка больше не действует.";
    static final String UNKNOWN_COMMAND = "Такой команды я не знаю. Просто напишите вопрос о сроках обычными словами, "
            + "например: «до какого числа разместить концептуальные документы в МЭДК?»";
    static final String APOLOGY = "Извините, при обработке вашего сообщения произошла ошибка. Попробуйте, пожалуйста, ещё раз "
            + "чуть позже; если не получится — напишите координатору.";
    public static final String NOT_TEXT = "Я понимаю только текстовые сообщения. Напишите, пожалуйста, вопрос о сроках словами.";
    public static final String OPEN_PRIVATE_CHAT = "Открыть личный чат с ботом";
    static final String CHANGE_TERRITORY = "Сменим территорию.";
    static final String TERRITORY_MENU = "Сменить территорию";
    static final String HELP_MENU = "Как задать вопрос";
    static final String GROUP_HELP_MENU = "Как спросить бота в группе";
    static final String HELP_ITSELF = "эта подсказка";

    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));

    private BotTexts() {
    }

    /** "15 апреля": a day as every screen writes it when the year goes without saying. */
    public static String dayAndMonth(LocalDate date) {
        return DAY_AND_MONTH.format(date);
    }

    public static String welcome(String name) {
        return (name == null || name.isBlank() ? "Здравствуйте!" : "Здравствуйте, " + name + "!")
                + " Я бот горячей линии Проекта 500+. Отвечаю на вопросы о сроках из дорожных карт вашей территории: "
                + "что сделать, до какого числа, сколько дней осталось и кто отвечает.\n\n"
                + "Сначала выберите территорию, по дорожным картам которой отвечать.";
    }

    public static String welcomeBack(String territory) {
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

    /**
     * /help in the private chat: how to ask, then {@code commands} (one per line); {@code forRole} the commands of the
     * person's role, or {@code othersNote} (one line) for someone who has no role yet.
     */
    static String help(String territory, List<String> commands, List<String> forRole, String othersNote) {
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
                + String.join("\n", commands)
                + (forRole.isEmpty() ? "" : "\n\nДля вашей роли в проекте:\n" + String.join("\n", forRole))
                + (othersNote.isEmpty() ? "" : "\n\nУчастникам проекта (кураторам и координаторам) по приглашению координатора "
                        + "доступны также: " + othersNote + ".");
    }

    /** /help in a group: how to ask there, {@code commands} for everyone and {@code forCoordinators}, one per line. */
    static String groupHelp(String botName, List<String> commands, List<String> forCoordinators) {
        return "Я бот горячей линии Проекта 500+: отвечаю на вопросы о сроках из дорожных карт.\n"
                + "В группе задайте вопрос ответом (reply) на любое моё сообщение — отвечу по территории, которую вы выбрали "
                + "в личном чате со мной" + (botName == null ? "." : " (@" + botName + ").") + "\n"
                + String.join("\n", commands)
                + "\n\nКоординаторам:\n" + String.join("\n", forCoordinators);
    }

    /** A group that just added the bot: thanks, and the group's /help. */
    public static String addedToGroup(String groupHelp) {
        return "Спасибо, что добавили меня в группу! " + groupHelp;
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

    public static String chooseTerritoryFirst() {
        return "Чтобы ответить, мне нужно знать вашу территорию.";
    }

    public static String groupAskerWithoutTerritory() {
        return "Я пока не знаю вашу территорию. Откройте личный чат со мной, выберите её — и задайте вопрос снова.";
    }
}

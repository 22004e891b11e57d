package ru.hotline500.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every command the bot answers, with the kind of chat it works in (as the command menus show them): the private chat
 * with the bot, the coordinators' group, or both. Sent in the other kind of chat, a command reaches no handler; the
 * person is told where to send it instead ({@link WrongChat}).
 */
enum Command {

    START(Where.PRIVATE_CHAT, "Начать и выбрать территорию", null),
    TERRITORY(Where.PRIVATE_CHAT, "Сменить территорию", null),
    STAGE(Where.PRIVATE_CHAT, "Какой сейчас этап и что сделать до его конца", null),
    REMIND(Where.PRIVATE_CHAT, "Напоминания о сроках: включить или выключить", null),
    VISIT(Where.PRIVATE_CHAT, "Отметить визит в школу (для кураторов)", null),
    VISITS(Where.PRIVATE_CHAT, "Визиты этапа: свои или своей территории", null),
    PLAN(Where.PRIVATE_CHAT, "Запланировать визит (для кураторов)", null),
    EXPORT(Where.PRIVATE_CHAT, "Визиты территории в Excel (для координаторов)", null),
    INVITE(Where.PRIVATE_CHAT, "Пригласить участника (для координаторов)", null),
    CANCEL(Where.ANY, "Отменить то, что заполняем", null),
    DIGEST(Where.GROUP, null, "Сводка этапа по территории группы"),
    BIND(Where.GROUP, null, "Привязать группу к территории (координатору-администратору)"),
    UNBIND(Where.GROUP, null, "Отвязать группу от территории"),
    SCHEDULE(Where.GROUP, null, "День и время сводки, например: /schedule вторник 10:30"),
    HELP(Where.ANY, "Как задать вопрос", "Как спросить бота в группе");

    /** Where a command works. */
    enum Where {
        PRIVATE_CHAT, GROUP, ANY
    }

    private final Where where;
    private final String privateMenuLine;
    private final String groupMenuLine;

    /** A menu line of null: the command is not in that chat kind's menu (it may still work there). */
    Command(Where where, String privateMenuLine, String groupMenuLine) {
        this.where = where;
        this.privateMenuLine = privateMenuLine;
        this.groupMenuLine = groupMenuLine;
    }

    /** The lines of the command menu Telegram shows in private chats (or in groups), in this order. */
    static List<CommandMenu.Line> menu(boolean privateChats) {
        return Arrays.stream(values())
                .filter(command -> (privateChats ? command.privateMenuLine : command.groupMenuLine) != null)
                .map(command -> new CommandMenu.Line(command.text(), privateChats ? command.privateMenuLine : command.groupMenuLine))
                .toList();
    }

    /** The command of that name as {@link Inbound.Message#command()} gives it ("start"). */
    static Optional<Command> named(String name) {
        return Arrays.stream(values()).filter(command -> command.text().equals(name)).findFirst();
    }

    /** The name the person types after the slash. */
    String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    Where where() {
        return where;
    }

    boolean worksIn(ChatKind kind) {
        return switch (where) {
            case PRIVATE_CHAT -> kind == ChatKind.PRIVATE;
            case GROUP -> kind.isGroup();
            case ANY -> true;
        };
    }
}

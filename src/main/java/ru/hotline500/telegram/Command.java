package ru.hotline500.telegram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every command the bot answers, with the kind of chat it works in (as the command menus show them): the private chat
 * with the bot, the coordinators' group, or both. Sent in the other kind of chat, a command reaches no handler; the
 * person is told where to send it instead ({@link WrongChat}).
 */
enum Command {

    START(Where.PRIVATE_CHAT),
    TERRITORY(Where.PRIVATE_CHAT),
    REMIND(Where.PRIVATE_CHAT),
    VISIT(Where.PRIVATE_CHAT),
    PLAN(Where.PRIVATE_CHAT),
    VISITS(Where.PRIVATE_CHAT),
    EXPORT(Where.PRIVATE_CHAT),
    INVITE(Where.PRIVATE_CHAT),
    BIND(Where.GROUP),
    UNBIND(Where.GROUP),
    DIGEST(Where.GROUP),
    SCHEDULE(Where.GROUP),
    HELP(Where.ANY),
    CANCEL(Where.ANY);

    /** Where a command works. */
    enum Where {
        PRIVATE_CHAT, GROUP, ANY
    }

    private final Where where;

    Command(Where where) {
        this.where = where;
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

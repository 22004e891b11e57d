package ru.hotline500.telegram.transport;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import ru.hotline500.telegram.Commands;

/** The command menus Telegram shows, one for private chats, one for groups, as {@link Commands} lists them. */
class CommandMenus {

    private static final Logger log = LoggerFactory.getLogger(CommandMenus.class);

    private final Commands commands;

    CommandMenus(Commands commands) {
        this.commands = commands;
    }

    /** A refusal only costs the menu (people can still type commands); Telegram unreachable is thrown. */
    void set(BotApi api, Duration deadline) throws BotApiFailure {
        try {
            api.query(SetMyCommands.builder().scope(new BotCommandScopeAllPrivateChats())
                    .commands(lines(commands.menu(true))).build(), deadline);
            api.query(SetMyCommands.builder().scope(new BotCommandScopeAllGroupChats())
                    .commands(lines(commands.menu(false))).build(), deadline);
        } catch (BotApiFailure failure) {
            if (failure.kind() != BotApiFailure.Kind.REFUSED) {
                throw failure;
            }
            log.warn("Telegram refused the command menus: {}", failure.getMessage());
        }
    }

    private static List<BotCommand> lines(List<Commands.MenuLine> menu) {
        return menu.stream().map(line -> new BotCommand(line.command(), line.description())).toList();
    }
}

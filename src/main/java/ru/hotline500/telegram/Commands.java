package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every command of the bot, gathered from the {@link BotCommand} beans in their order: what the router, the command
 * menus and /help read. Two commands of one name stop the bot at start.
 */
@Component
public class Commands {

    /** One line of a menu: the command without its slash, and what it does. */
    public record MenuLine(String command, String description) {
    }

    private final List<BotCommand> all;
    private final Map<String, BotCommand> byName = new HashMap<>();

    /** @throws IllegalStateException when two commands have one name: the bot does not start */
    public Commands(List<BotCommand> all) {
        this.all = List.copyOf(all);
        for (BotCommand command : all) {
            BotCommand other = byName.putIfAbsent(command.info().name(), command);
            if (other != null) {
                throw new IllegalStateException("/" + command.info().name() + " is declared twice: by "
                        + other.getClass().getSimpleName() + " and by " + command.getClass().getSimpleName());
            }
        }
    }

    /** The command of that name as {@link Inbound.Message#command()} gives it ("start"). */
    public Optional<BotCommand> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<CommandInfo> infos() {
        return all.stream().map(BotCommand::info).toList();
    }

    /** The lines of the command menu Telegram shows in private chats (or in groups), in order. */
    public List<MenuLine> menu(boolean privateChats) {
        List<MenuLine> lines = new ArrayList<>();
        for (CommandInfo info : infos()) {
            info.menuLine(privateChats).ifPresent(line -> lines.add(new MenuLine(info.name(), line)));
        }
        return lines;
    }

    /** The /help lines («/stage — какой сейчас этап…») of the commands in that kind of chat's menu for these audiences. */
    public List<String> helpEntries(boolean privateChat, Predicate<CommandInfo.Audience> audiences) {
        return inMenu(privateChat, audiences).map(info -> info.helpEntry(privateChat)).toList();
    }

    /** The names («/visit, /plan») of the commands in that kind of chat's menu for these audiences. */
    public String names(boolean privateChat, Predicate<CommandInfo.Audience> audiences) {
        return inMenu(privateChat, audiences).map(info -> "/" + info.name()).collect(Collectors.joining(", "));
    }

    private Stream<CommandInfo> inMenu(boolean privateChat, Predicate<CommandInfo.Audience> audiences) {
        return infos().stream().filter(info -> info.menuLine(privateChat).isPresent() && audiences.test(info.audience()));
    }
}


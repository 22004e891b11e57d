package ru.hotline500.telegram;

import java.util.List;

/** The command menus Telegram shows, made from {@link Command}: the transport sends them at connection. */
public final class CommandMenu {

    /** One line of a menu: the command without its slash, and what it does. */
    public record Line(String command, String description) {
    }

    private CommandMenu() {
    }

    public static List<Line> privateChats() {
        return Command.menu(true);
    }

    public static List<Line> groups() {
        return Command.menu(false);
    }
}

package ru.hotline500.telegram;

import java.util.List;

/**
 * One command of the bot. A bean of this type is all a new command needs, besides its texts: the router sends it
 * its messages, and the command menus and /help are made from its {@link CommandInfo}. The order of the beans
 * ({@link org.springframework.core.annotation.Order}) is the order of the menus and of /help.
 */
public interface BotCommand {

    CommandInfo info();

    /** The command's message, sent in a chat where it works ({@link CommandInfo#worksIn}). */
    List<Outgoing> handle(Inbound.Message message);
}

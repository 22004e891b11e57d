package ru.hotline500.telegram;

import java.util.List;

/** Any text that is no command, no reply the bot waits for and no step of a dialogue: a question. */
public interface FreeText {

    List<Outgoing> handle(Inbound.Message message);
}

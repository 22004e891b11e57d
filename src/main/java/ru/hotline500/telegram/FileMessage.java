package ru.hotline500.telegram;

import java.util.List;

/** A file sent to the bot. */
public interface FileMessage {

    List<Outgoing> handle(Inbound.Document file);
}

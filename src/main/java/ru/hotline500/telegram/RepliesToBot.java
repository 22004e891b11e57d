package ru.hotline500.telegram;

import java.util.List;
import java.util.Optional;

/** A message that replies to one of the bot's messages a screen keeps track of (a handed-off question's thread). */
public interface RepliesToBot {

    /** The answer to a reply of this screen's; empty for one that is not. */
    Optional<List<Outgoing>> replied(Inbound.Message message);
}

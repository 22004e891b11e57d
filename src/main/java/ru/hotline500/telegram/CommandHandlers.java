package ru.hotline500.telegram;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A screen's commands with the handler of each. The router gathers every screen's commands and refuses to start
 * when a {@link Command} has no handler or two: a new command is its line in {@link Command} (name, where it works,
 * menu line) and its entry here, in the screen that answers it.
 */
interface CommandHandlers {

    Map<Command, Function<Inbound.Message, List<Outgoing>>> commands();
}

package ru.hotline500.telegram;

import java.util.List;
import java.util.Set;

/**
 * A dialogue of several messages (choosing a territory, confirming a visit, adding to a handed-off question): while
 * a person's conversation in a private chat is in one of its {@link Conversation.Flow}s, what they type goes here,
 * with the conversation the router loaded. Each flow has exactly one of these, or the bot does not start.
 */
public interface TextFlow {

    Set<Conversation.Flow> flows();

    List<Outgoing> typed(Inbound.Message message, Conversation conversation);
}

package ru.hotline500.telegram;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A command sent in the wrong kind of chat: where it works and how to get there, instead of an answer meant for the
 * right chat (a stranger's /unbind in a private chat is not about "this group").
 */
@Component
class WrongChat {

    private final BotIdentity identity;

    WrongChat(BotIdentity identity) {
        this.identity = identity;
    }

    List<Outgoing> hint(Inbound.Message message, CommandInfo command) {
        if (command.where() == CommandInfo.Where.GROUP) {
            return List.of(Outgoing.Message.text(message.chat(), BotTexts.groupOnly(command.name(), command.boundGroupOnly())));
        }
        String text = BotTexts.privateChatOnly(command.name(), identity.username().orElse(null));
        List<List<Button>> link = identity.privateChatLink(null)
                .map(url -> List.of(List.of(Button.link(BotTexts.OPEN_PRIVATE_CHAT, url)))).orElse(List.of());
        return List.of(new Outgoing.Message(message.chat(), text, link, null));
    }
}

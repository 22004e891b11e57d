package ru.hotline500.telegram;

import org.springframework.stereotype.Component;
import ru.hotline500.digest.GroupBinding;

/** Where to write to a bound coordinators' group: its chat, of the kind Telegram last told, in the topic it was bound in. */
@Component
class GroupChats {

    private final KnownChatRepository chats;

    GroupChats(KnownChatRepository chats) {
        this.chats = chats;
    }

    ChatRef of(GroupBinding group) {
        ChatKind kind = chats.findById(group.chatId()).map(KnownChat::kind).orElse(ChatKind.SUPERGROUP);
        return new ChatRef(group.chatId(), kind, group.threadId());
    }
}

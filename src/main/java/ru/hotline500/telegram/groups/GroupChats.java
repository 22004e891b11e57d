package ru.hotline500.telegram.groups;

import org.springframework.stereotype.Component;
import ru.hotline500.groups.GroupBinding;
import ru.hotline500.telegram.ChatMembership;
import ru.hotline500.telegram.ChatRef;

/** Where to write to a bound coordinators' group: its chat, of the kind Telegram last told, in the topic it was bound in. */
@Component
public class GroupChats {

    private final ChatMembership chats;

    GroupChats(ChatMembership chats) {
        this.chats = chats;
    }

    public ChatRef of(GroupBinding group) {
        return new ChatRef(group.chatId(), chats.kindOf(group.chatId()), group.threadId());
    }
}

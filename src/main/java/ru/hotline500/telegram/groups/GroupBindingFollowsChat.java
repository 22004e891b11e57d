package ru.hotline500.telegram.groups;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.telegram.BotRemovedFromChat;
import ru.hotline500.telegram.GroupMigrated;

/** A coordinators' group's binding follows its chat: gone when the bot is removed, moved when the group migrates. */
@Component
class GroupBindingFollowsChat {

    private final CoordinatorGroups groups;

    GroupBindingFollowsChat(CoordinatorGroups groups) {
        this.groups = groups;
    }

    @EventListener
    @Transactional
    void removed(BotRemovedFromChat removal) {
        groups.unbind(removal.chatId(), removal.why());
    }

    @EventListener
    @Transactional
    void migrated(GroupMigrated migration) {
        groups.migrate(migration.oldChatId(), migration.newChatId());
    }
}

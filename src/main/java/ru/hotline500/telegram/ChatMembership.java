package ru.hotline500.telegram;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.telegram.outbox.ChatUnreachable;

/**
 * The chats the bot is in: added to a group, removed, blocked by a person, a group turned supergroup. What follows
 * from a removal or a migration for the groups' bindings and the outbox is theirs ({@link BotRemovedFromChat},
 * {@link GroupMigrated}).
 */
@Component
public class ChatMembership {

    private static final Logger log = LoggerFactory.getLogger(ChatMembership.class);

    private final KnownChatRepository chats;
    private final ApplicationEventPublisher events;
    private final HelpCommand help;
    private final Clock clock;

    ChatMembership(KnownChatRepository chats, ApplicationEventPublisher events, HelpCommand help, Clock clock) {
        this.chats = chats;
        this.events = events;
        this.help = help;
        this.clock = clock;
    }

    /** The kind of chat Telegram last told for that id; a supergroup for a chat the bot never heard of. */
    public ChatKind kindOf(long chatId) {
        return chats.findById(chatId).map(KnownChat::kind).orElse(ChatKind.SUPERGROUP);
    }

    List<Outgoing> changed(Inbound.Membership change) {
        KnownChat chat = chats.findById(change.chat().id())
                .orElseGet(() -> new KnownChat(change.chat().id(), change.chat().kind(), change.chatTitle(), clock.instant()));
        if (!change.botIsMember()) {
            log.info("Bot removed from chat {} ({}) by user {}", change.chat().id(), change.chat().kind(), change.by().userId());
            chat.left("removed by user " + change.by().userId(), clock.instant());
            chats.save(chat);
            events.publishEvent(new BotRemovedFromChat(change.chat().id(), "the bot was removed by user " + change.by().userId()));
            return List.of();
        }
        chat.joined(change.chatTitle(), clock.instant());
        chats.save(chat);
        log.info("Bot added to chat {} ({}) by user {}", change.chat().id(), change.chat().kind(), change.by().userId());
        return change.chat().kind().isGroup()
                ? List.of(Outgoing.Message.text(change.chat(), BotTexts.addedToGroup(help.groupHelp())))
                : List.of();
    }

    List<Outgoing> migrated(Inbound.ChatMigrated migration) {
        log.info("Chat {} became supergroup {}", migration.chat().id(), migration.newChatId());
        chats.findById(migration.chat().id()).ifPresent(old -> {
            chats.save(old.movedTo(migration.newChatId(), clock.instant()));
            chats.delete(old);
        });
        events.publishEvent(new GroupMigrated(migration.chat().id(), migration.newChatId()));
        return List.of();
    }

    @EventListener
    @Transactional
    void unreachable(ChatUnreachable event) {
        chats.findById(event.chatId()).ifPresent(chat -> {
            chat.left(event.code() + ": " + event.reason(), clock.instant());
            chats.save(chat);
        });
    }
}

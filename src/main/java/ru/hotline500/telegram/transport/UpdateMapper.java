package ru.hotline500.telegram.transport;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.CommandText;
import ru.hotline500.telegram.Inbound;

/**
 * Turns a Telegram update into our own record. In groups the bot reacts only to commands addressed to it (or to
 * no bot in particular) and to replies to its own messages; everything else there is {@link Inbound.Ignored}.
 */
final class UpdateMapper {

    private final long botId;
    private final String botName;

    UpdateMapper(long botId, String botName) {
        this.botId = botId;
        this.botName = botName;
    }

    Inbound map(Update update) {
        long id = update.getUpdateId();
        if (update.getCallbackQuery() != null) {
            return press(id, update.getCallbackQuery());
        }
        if (update.getMyChatMember() != null) {
            return membership(id, update.getMyChatMember());
        }
        Message message = update.getMessage();
        if (message == null) {
            return new Inbound.Ignored(id, null, "no message");
        }
        ChatRef chat = chat(message.getChat(), message);
        if (message.getMigrateToChatId() != null) {
            return new Inbound.ChatMigrated(id, chat, message.getMigrateToChatId());
        }
        if (message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return new Inbound.Ignored(id, chat, "not from a person");
        }
        return message.hasDocument() ? document(id, chat, message) : message(id, chat, message);
    }

    /** In a group a file is for the bot only as a reply to it: colleagues share files there all the time. */
    private Inbound document(long id, ChatRef chat, Message message) {
        if (!chat.isPrivate() && !repliesToBot(message)) {
            return new Inbound.Ignored(id, chat, "group talk");
        }
        Document document = message.getDocument();
        String caption = message.hasCaption() ? message.getCaption().strip() : "";
        return new Inbound.Document(id, chat, person(message.getFrom()), message.getMessageId(), document.getFileId(),
                document.getFileName(), document.getFileSize(), caption);
    }

    private Inbound message(long id, ChatRef chat, Message message) {
        String text = message.hasText() ? message.getText().strip() : "";
        ChatUser from = person(message.getFrom());
        Optional<CommandText> command = CommandText.parse(text);
        if (command.isPresent()) {
            return command.get().isFor(botName) ? command.get().toMessage(id, chat, from, message.getMessageId())
                    : new Inbound.Ignored(id, chat, "command for another bot");
        }
        if (!chat.isPrivate() && !repliesToBot(message)) {
            return new Inbound.Ignored(id, chat, "group talk");
        }
        Integer repliesTo = repliesToBot(message) ? message.getReplyToMessage().getMessageId() : null;
        return new Inbound.Message(id, chat, from, message.getMessageId(), null, text, repliesTo);
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId
                && !(Boolean.TRUE.equals(message.getIsTopicMessage()) && replied.getMessageId().equals(message.getMessageThreadId()));
    }

    private Inbound press(long id, CallbackQuery query) {
        Chat chat = query.getMessage() == null ? null : query.getMessage().getChat();
        ChatRef ref = chat == null ? ChatRef.privateChat(query.getFrom().getId()) : new ChatRef(chat.getId(), kind(chat), threadOf(query));
        int messageId = query.getMessage() == null ? 0 : query.getMessage().getMessageId();
        return new Inbound.ButtonPress(id, ref, person(query.getFrom()), query.getId(), messageId,
                Optional.ofNullable(query.getData()).orElse(""));
    }

    private static Integer threadOf(CallbackQuery query) {
        return query.getMessage() instanceof Message message && Boolean.TRUE.equals(message.getIsTopicMessage())
                ? message.getMessageThreadId() : null;
    }

    private Inbound membership(long id, ChatMemberUpdated change) {
        String status = change.getNewChatMember().getStatus();
        boolean member = !status.equals("left") && !status.equals("kicked");
        return new Inbound.Membership(id, chat(change.getChat(), null), person(change.getFrom()), member, change.getChat().getTitle());
    }

    private static ChatRef chat(Chat chat, Message message) {
        Integer thread = message != null && Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
        return new ChatRef(chat.getId(), kind(chat), thread);
    }

    private static ChatKind kind(Chat chat) {
        return switch (chat.getType()) {
            case "private" -> ChatKind.PRIVATE;
            case "group" -> ChatKind.GROUP;
            case "supergroup" -> ChatKind.SUPERGROUP;
            default -> ChatKind.CHANNEL;
        };
    }

    private static ChatUser person(User user) {
        String name = user.getFirstName() + (user.getLastName() == null ? "" : " " + user.getLastName());
        return new ChatUser(user.getId(), name.strip());
    }
}

package ru.hotline500.telegram.transport;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;

/** The chat an update comes from, when it has one: stored with the update, never required. */
final class UpdateChats {

    private UpdateChats() {
    }

    static Long chatId(Update update) {
        if (update.getMessage() != null) {
            return id(update.getMessage().getChat());
        }
        if (update.getCallbackQuery() != null && update.getCallbackQuery().getMessage() != null) {
            return id(update.getCallbackQuery().getMessage().getChat());
        }
        return update.getMyChatMember() != null ? id(update.getMyChatMember().getChat()) : null;
    }

    private static Long id(Chat chat) {
        return chat == null ? null : chat.getId();
    }
}

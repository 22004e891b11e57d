package ru.hotline500.telegram.transport;

import java.io.IOException;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.hotline500.telegram.ChatAdmins;

/** getChatMember: the group's creator and its administrators count, nobody else. */
class TelegramChatAdmins implements ChatAdmins {

    private final TelegramClient client;

    TelegramChatAdmins(TelegramClient client) {
        this.client = client;
    }

    @Override
    public boolean isAdministrator(long chatId, long userId) throws IOException {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
            return "creator".equals(member.getStatus()) || "administrator".equals(member.getStatus());
        } catch (TelegramApiException e) {
            throw new IOException("Telegram did not say whether user " + userId + " administers chat " + chatId + ": " + e.getMessage(), e);
        }
    }
}

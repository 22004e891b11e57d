package ru.hotline500.telegram.transport;

import java.io.IOException;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import ru.hotline500.telegram.ChatAdmins;

/** getChatMember: the group's creator and its administrators count, nobody else. */
class TelegramChatAdmins implements ChatAdmins {

    private final BotApi api;
    private final TelegramProperties properties;

    TelegramChatAdmins(BotApi api, TelegramProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @Override
    public boolean isAdministrator(long chatId, long userId) throws IOException {
        try {
            String status = api.query(GetChatMember.builder().chatId(chatId).userId(userId).build(), properties.queryTimeout())
                    .path("status").asText();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (BotApiFailure e) {
            throw new IOException("Telegram did not say whether user " + userId + " administers chat " + chatId + ": " + e.getMessage(), e);
        }
    }
}

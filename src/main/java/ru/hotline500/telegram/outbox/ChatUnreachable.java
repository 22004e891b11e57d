package ru.hotline500.telegram.outbox;

/** Telegram refused a message for good (the user blocked the bot, the chat is gone): stop writing there. */
public record ChatUnreachable(long chatId, int code, String reason) {
}

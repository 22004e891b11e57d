package ru.hotline500.telegram;

/** A group became a supergroup: Telegram gave it a new chat id, and the old one no longer takes messages. */
public record GroupMigrated(long oldChatId, long newChatId) {
}

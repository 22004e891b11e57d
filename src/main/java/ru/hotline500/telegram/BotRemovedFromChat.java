package ru.hotline500.telegram;

/** The bot is no longer in a chat: removed from a group, or blocked by a person ({@code why} for the log). */
public record BotRemovedFromChat(long chatId, String why) {
}

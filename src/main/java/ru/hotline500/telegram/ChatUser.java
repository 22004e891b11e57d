package ru.hotline500.telegram;

/** Who wrote or pressed a button: the Telegram user id and the name to address them by. */
public record ChatUser(long userId, String displayName) {
}

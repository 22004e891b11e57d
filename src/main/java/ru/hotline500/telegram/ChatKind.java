package ru.hotline500.telegram;

/** The kinds of Telegram chats, which differ in what the bot answers and how fast it may write. */
public enum ChatKind {
    PRIVATE, GROUP, SUPERGROUP, CHANNEL;

    public boolean isGroup() {
        return this == GROUP || this == SUPERGROUP;
    }
}

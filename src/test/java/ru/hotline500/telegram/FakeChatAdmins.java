package ru.hotline500.telegram;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Telegram's answer to "is this person an administrator of that group", as a test sets it. */
public final class FakeChatAdmins implements ChatAdmins {

    private final Set<String> administrators = ConcurrentHashMap.newKeySet();
    private volatile boolean unreachable;

    public void administers(long userId, long chatId) {
        administrators.add(chatId + ":" + userId);
    }

    public void unreachable(boolean value) {
        unreachable = value;
    }

    @Override
    public boolean isAdministrator(long chatId, long userId) throws IOException {
        if (unreachable) {
            throw new IOException("Telegram is unreachable in this test");
        }
        return administrators.contains(chatId + ":" + userId);
    }
}

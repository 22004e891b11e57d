package ru.hotline500.telegram;

import java.io.IOException;

/** Asks Telegram whether a person administers a group; implemented by the transport. */
public interface ChatAdmins {

    /** @throws IOException when Telegram could not be asked (the caller refuses politely rather than guess) */
    boolean isAdministrator(long chatId, long userId) throws IOException;
}

package ru.hotline500.telegram;

import java.io.IOException;

/** Files people send to the bot, fetched by the id Telegram gave them ({@link Inbound.Document#fileId()}). */
public interface FileDownloads {

    /**
     * Fetches a file a person sent, whole, into memory.
     *
     * @param maxBytes the largest file accepted
     * @throws IOException when the file is over {@code maxBytes}, or cannot be fetched (unknown id, network, server)
     */
    byte[] download(String fileId, long maxBytes) throws IOException;
}

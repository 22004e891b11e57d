package ru.hotline500.telegram.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads files people send to the bot from the configured Bot API address (the library builds file links to
 * api.telegram.org whatever it is told), refusing files over the size limit before reading them.
 */
class TelegramFiles {

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramFiles(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    byte[] download(String fileId, long maxBytes) throws TelegramApiException, IOException {
        File file = client.execute(GetFile.builder().fileId(fileId).build());
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new IOException("file of " + file.getFileSize() + " bytes is over the limit of " + maxBytes);
        }
        URI uri = URI.create(properties.apiUrl().toString().replaceAll("/+$", "") + "/file/bot" + properties.token() + "/" + file.getFilePath());
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("file download answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

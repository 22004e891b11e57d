package ru.hotline500.telegram.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.hotline500.telegram.FileDownloads;

/**
 * Downloads files people send to the bot from the configured Bot API address (the library builds file links to
 * api.telegram.org whatever it is told), refusing files over the size limit before reading them.
 */
class TelegramFiles implements FileDownloads {

    private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramFiles(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) throws IOException {
        File file = describe(fileId);
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new IOException("file of " + file.getFileSize() + " bytes is over the limit of " + maxBytes);
        }
        URI uri = URI.create(properties.apiUrl().toString().replaceAll("/+$", "") + "/file/bot" + properties.token() + "/" + file.getFilePath());
        try {
            return fetch(uri, maxBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Telegram may not tell a file's size: the limit holds for what actually arrives too. */
    private byte[] fetch(URI uri, long maxBytes) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("file download answered " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(maxBytes < LARGEST_ARRAY ? (int) maxBytes + 1 : LARGEST_ARRAY);
            if (bytes.length > maxBytes) {
                throw new IOException("file is over the limit of " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private File describe(String fileId) throws IOException {
        try {
            return client.execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            throw new IOException("Telegram did not describe file " + fileId + ": " + e.getMessage(), e);
        }
    }
}

package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import ru.hotline500.telegram.FileDownloads;

/**
 * Downloads files people send to the bot from the configured Bot API address (the library builds file links to
 * api.telegram.org whatever it is told), refusing files over the size limit before reading them.
 */
class TelegramFiles implements FileDownloads {

    private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final BotApi api;
    private final TelegramProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramFiles(BotApi api, TelegramProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) throws IOException {
        JsonNode file = describe(fileId);
        if (file.path("file_size").asLong(0) > maxBytes) {
            throw new IOException("file of " + file.path("file_size").asLong() + " bytes is over the limit of " + maxBytes);
        }
        if (!file.path("file_path").isTextual()) {
            throw new IOException("Telegram gave no file_path for file " + fileId);
        }
        URI uri = URI.create(properties.apiUrl().toString().replaceAll("/+$", "") + "/file/bot" + properties.token() + "/"
                + file.path("file_path").asText());
        try {
            return fetch(uri, maxBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Telegram may not tell a file's size: the limit holds for what actually arrives too. */
    private byte[] fetch(URI uri, long maxBytes) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(properties.documentTimeout()).GET().build(),
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

    private JsonNode describe(String fileId) throws IOException {
        try {
            return api.query(GetFile.builder().fileId(fileId).build(), properties.queryTimeout());
        } catch (BotApiFailure e) {
            throw new IOException("Telegram did not describe file " + fileId + ": " + e.getMessage(), e);
        }
    }
}

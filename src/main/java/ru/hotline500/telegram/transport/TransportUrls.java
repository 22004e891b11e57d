package ru.hotline500.telegram.transport;

import java.net.URI;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Bot API address from one setting, for every call (the library's defaults point at api.telegram.org). */
final class TransportUrls {

    private TransportUrls() {
    }

    static TelegramUrl telegramUrl(URI api) {
        int port = api.getPort() != -1 ? api.getPort() : "http".equals(api.getScheme()) ? 80 : 443;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }
}

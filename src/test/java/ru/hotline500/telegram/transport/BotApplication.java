package ru.hotline500.telegram.transport;

import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;

/** The whole application as the end-to-end tests run it: the sample roadmaps, the fake Bot API, quick reconnects. */
final class BotApplication {

    private BotApplication() {
    }

    static ConfigurableApplicationContext start(Path dataDir, FakeBotApi telegram) {
        return new SpringApplicationBuilder(Hotline500Application.class).run(
                "--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.sample-dir=config/roadmaps",
                "--hotline.telegram.token=" + FakeBotApi.TOKEN,
                "--hotline.telegram.api-url=" + telegram.url(),
                "--hotline.telegram.poll-timeout=1s",
                "--hotline.telegram.longest-reconnect-wait=1s",
                "--server.port=0");
    }
}

package ru.hotline500.telegram.transport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;

/** The whole application as the end-to-end tests run it: the sample roadmaps, the fake Bot API, quick reconnects. */
final class BotApplication {

    private BotApplication() {
    }

    /** {@code more} are further "--name=value" settings for this run. */
    static ConfigurableApplicationContext start(Path dataDir, FakeBotApi telegram, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--hotline.data-dir=" + dataDir,
                "--hotline.roadmaps.sample-dir=config/roadmaps",
                "--hotline.telegram.token=" + FakeBotApi.TOKEN,
                "--hotline.telegram.api-url=" + telegram.url(),
                "--hotline.telegram.poll-timeout=1s",
                "--hotline.telegram.longest-reconnect-wait=1s",
                "--server.port=0"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Hotline500Application.class).run(args.toArray(String[]::new));
    }
}

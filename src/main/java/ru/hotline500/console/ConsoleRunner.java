package ru.hotline500.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.hotline500.dialogue.Dialogues;
import ru.hotline500.territory.Territories;

/**
 * Starts the console chat on the terminal once the application is ready, when the application runs without
 * a Telegram token ({@code hotline.console.enabled}, set by the launcher). The chat has its own thread so the
 * application keeps serving while a person types; when the input ends the chat ends and the application stays up.
 */
@Component
@ConditionalOnProperty(name = "hotline.console.enabled", havingValue = "true")
class ConsoleRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRunner.class);

    private final Dialogues answers;
    private final Territories territories;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    ConsoleRunner(Dialogues answers, Territories territories, Clock clock, ConfigurableApplicationContext context) {
        this.answers = answers;
        this.territories = territories;
        this.clock = clock;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::chat, "console-chat");
        thread.setDaemon(true);
        thread.start();
    }

    private void chat() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            if (new ConsoleChat(answers, territories, clock, in, out).run()) {
                System.exit(SpringApplication.exit(context));
            }
        } catch (Exception e) {
            log.error("Console chat stopped", e);
        }
        log.info("Консольный чат завершён; приложение продолжает работать (Ctrl+C — остановить).");
    }
}

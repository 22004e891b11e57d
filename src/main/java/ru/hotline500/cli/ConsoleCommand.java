package ru.hotline500.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import ru.hotline500.console.ConsoleChat;
import ru.hotline500.dialogue.Dialogues;

@Command(name = "console", mixinStandardHelpOptions = true, description = "Чат в терминале: вопросы о сроках, как в боте.")
final class ConsoleCommand implements Callable<Integer> {

    private final Services services;

    ConsoleCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new ConsoleChat(services.get(Dialogues.class), services.territories(), Clock.systemUTC(), in, out).run();
        return 0;
    }
}

package ru.hotline500;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import ru.hotline500.cli.CommandLineApp;

/**
 * Starts the application without arguments (with the console chat when there is no Telegram token) (or with Spring options such as {@code --server.port=9090});
 * with a command ({@code roadmap import …}) or {@code --help}/{@code --version} runs that command and exits with its code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The default console encoding of a bare Java 17 is the platform's, often ASCII: Russian must survive it.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (args.length == 0 || args[0].startsWith("--") && !CommandLineApp.isHelpOrVersion(args[0])) {
            SpringApplication.run(Hotline500Application.class, withConsoleUnlessBot(args));
            return;
        }
        System.exit(CommandLineApp.run(Hotline500Application.class, args));
    }

    /** Without a Telegram token the application talks on the terminal (the console mode). */
    private static String[] withConsoleUnlessBot(String[] args) {
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            return args;
        }
        String[] result = java.util.Arrays.copyOf(args, args.length + 1);
        result[args.length] = "--hotline.console.enabled=true";
        return result;
    }
}

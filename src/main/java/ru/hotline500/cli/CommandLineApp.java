package ru.hotline500.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs one command of the command line and returns its exit code: 0 on success, 1 on failure, 2 on wrong usage. */
public final class CommandLineApp {

    private static final Logger log = LoggerFactory.getLogger(CommandLineApp.class);

    private CommandLineApp() {
    }

    /** Whether the argument asks for the command line's help or version, which need no application at all. */
    public static boolean isHelpOrVersion(String argument) {
        return List.of("-h", "--help", "-V", "--version").contains(argument);
    }

    /** @param application the Spring Boot application class, started only for commands that need the database */
    public static int run(Class<?> application, String... args) {
        return run(application, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** The same with the output streams given, for tests. */
    public static int run(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
        try (Services services = new Services(application)) {
            return run(services, out, err, args);
        }
    }

    /** Runs one command on services the caller keeps open (tests run several commands on one application). */
    static int run(Services services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new HotlineCommand(), new ServicesFactory(services));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            log.debug("command failed", e);
            line.getErr().println("Ошибка: " + reason(e));
            return 1;
        });
        return commandLine.execute(args);
    }

    /** Our own exceptions carry a sentence for people; anything else is reduced to its root cause's first line. */
    private static String reason(Exception e) {
        Throwable cause = e;
        boolean ours = e instanceof IllegalArgumentException || e.getClass().getPackageName().startsWith("ru.hotline500");
        while (!ours && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Gives commands that take {@link Services} in their constructor the shared instance. */
    private record ServicesFactory(Services services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Services.class).newInstance(services);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}

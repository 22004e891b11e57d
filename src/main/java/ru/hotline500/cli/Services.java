package ru.hotline500.cli;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import ru.hotline500.answers.DeadlineAnswers;
import ru.hotline500.people.People;
import ru.hotline500.roadmap.Roadmaps;
import ru.hotline500.territory.Territories;

/**
 * The application's services for commands that need the database. The application context starts only
 * when a command first asks, so {@code roadmap parse} never touches the database.
 */
final class Services implements AutoCloseable {

    /**
     * A command works on the database and ends: it never connects to Telegram (even with a token in the environment,
     * beside a running bot) and starts no console chat, web server or scheduled job.
     */
    private static final Map<String, Object> COMMAND_LINE_SETTINGS = Map.of(
            "hotline.telegram.token", "",
            "hotline.console.enabled", "false");

    private final Class<?> application;
    private final Map<String, String> settings;
    private ConfigurableApplicationContext context;

    /** @param application the Spring Boot application class to start when a command needs it */
    Services(Class<?> application) {
        this(application, Map.of());
    }

    /** @param settings further settings of the application, over the command line's own (tests give their data directory) */
    Services(Class<?> application, Map<String, String> settings) {
        this.application = application;
        this.settings = settings;
    }

    Roadmaps roadmaps() {
        return context().getBean(Roadmaps.class);
    }

    DeadlineAnswers answers() {
        return context().getBean(DeadlineAnswers.class);
    }

    People people() {
        return context().getBean(People.class);
    }

    Territories territories() {
        return context().getBean(Territories.class);
    }

    /** Any other service of the application. */
    <T> T get(Class<T> type) {
        return context().getBean(type);
    }

    private ConfigurableApplicationContext context() {
        if (context == null) {
            SpringApplication application = new SpringApplication(this.application);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
            application.addInitializers(context -> context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("command line", COMMAND_LINE_SETTINGS)));
            context = application.run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                    .toArray(String[]::new));
        }
        return context;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}

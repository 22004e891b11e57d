package ru.hotline500.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import ru.hotline500.Hotline500Application;
import ru.hotline500.roadmap.Roadmaps;
import ru.hotline500.territory.Territories;

/**
 * The application's services for commands that need the database. The application context starts only
 * when a command first asks, so {@code roadmap parse} never touches the database.
 */
final class Services implements AutoCloseable {

    private ConfigurableApplicationContext context;

    Roadmaps roadmaps() {
        return context().getBean(Roadmaps.class);
    }

    Territories territories() {
        return context().getBean(Territories.class);
    }

    private ConfigurableApplicationContext context() {
        if (context == null) {
            SpringApplication application = new SpringApplication(Hotline500Application.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
            context = application.run();
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

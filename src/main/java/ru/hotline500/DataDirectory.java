package ru.hotline500;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code hotline.data-dir} (which may be relative, e.g. {@code data}) to an absolute path in
 * {@code hotline.data-dir-absolute}, because H2 refuses file URLs that are implicitly relative.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("hotline.data-dir", "./data");
        String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addLast(new MapPropertySource("hotlineDataDirectory",
                Map.of("hotline.data-dir-absolute", absolute)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

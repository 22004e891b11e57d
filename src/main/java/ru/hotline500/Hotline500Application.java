package ru.hotline500;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application; {@link Main} decides between the running application and the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
public class Hotline500Application {

    /** The one source of "now", so that tests own time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

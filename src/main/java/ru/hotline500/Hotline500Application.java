package ru.hotline500;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application; {@link Main} decides between the server and the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Hotline500Application {
}

package ru.hotline500.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import ru.hotline500.telegram.FakeChatAdmins;

/**
 * The one application context most tests share, so that Spring starts it once per test JVM: its own file database,
 * the five sample roadmaps, a clock the tests move ({@link MutableClock}, starting on {@link #DAY}) and the groups'
 * administrators as the tests say ({@link FakeChatAdmins}; there is no token, so no transport). The database is
 * shared: each test works with its own chats, dates, schools or people, and sets the clock it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "hotline.data-dir=./target/test-data/shared-${random.uuid}", "hotline.roadmaps.sample-dir=config/roadmaps"})
@Import(SharedApplication.Beans.class)
public @interface SharedApplication {

    /** A Monday of the programme's first year, at noon in Moscow. */
    Instant DAY = Instant.parse("2021-04-12T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    final class Beans {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(DAY);
        }

        @Bean
        FakeChatAdmins chatAdmins() {
            return new FakeChatAdmins();
        }
    }
}

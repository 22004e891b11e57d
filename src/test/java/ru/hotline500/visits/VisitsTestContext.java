package ru.hotline500.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.Member;
import ru.hotline500.people.People;
import ru.hotline500.testing.MutableClock;
import ru.hotline500.testing.SharedApplication;

/**
 * The visits and directory tests on the shared application ({@link SharedApplication}), with the sample directory
 * loaded and the clock on {@link #DAY} before each test. The database is shared, so each test works with its own
 * dates, schools or people.
 */
@SharedApplication
public abstract class VisitsTestContext {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** A Monday of the programme's first year, at noon in Moscow. */
    public static final Instant DAY = SharedApplication.DAY;

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected People people;
    @Autowired
    protected Directory directory;
    @Autowired
    protected Invitations invitations;

    @BeforeEach
    protected void sampleDirectoryOnTheDay() throws IOException {
        clock.set(DAY);
        if (directory.findByName("Кожина Х.А.").isEmpty()) {
            assertThat(people.importTable(Files.readAllBytes(Path.of("config/people/directory.csv"))).accepted()).isTrue();
        }
    }

    /** The one person of the sample directory with that name. */
    protected Member member(String name) {
        List<Member> found = directory.findByName(name);
        assertThat(found).as("people named %s", name).hasSize(1);
        return found.get(0);
    }

    /** Binds that Telegram account to the one person of the directory with that name, as an invitation does. */
    protected void bindAccount(String name, long telegramUserId) {
        invitations.redeem(invitations.invite(member(name).personId(), "тест").code(), telegramUserId);
    }

    /** Moves the clock to that local time in Moscow (the time zone of the Rostov territories). */
    protected void moscowTime(LocalDateTime local) {
        clock.set(local.atZone(MOSCOW).toInstant());
    }
}

package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Invitations;

/** People of the directory whose Telegram the end-to-end tests bind, as a person does: by opening an invitation. */
final class BoundPeople {

    private static final Duration WAIT = Duration.ofMinutes(1);

    private BoundPeople() {
    }

    /** The person named (already in the directory) opens an invitation from Telegram {@code user}'s private chat. */
    static void bind(ApplicationContext app, FakeBotApi telegram, long user, String name) throws InterruptedException {
        long personId = app.getBean(Directory.class).findByName(name).get(0).personId();
        String code = app.getBean(Invitations.class).invite(personId, "тест").code();
        int before = telegram.delivered(user).size();
        telegram.text(user, user, "/start " + code);
        telegram.await("the invitation answered", t -> t.delivered(user).size() > before, WAIT);
        List<JsonNode> delivered = telegram.delivered(user);
        assertThat(delivered.get(delivered.size() - 1).get("text").asText()).contains("Ваш Telegram привязан");
    }
}

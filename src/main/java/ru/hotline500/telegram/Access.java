package ru.hotline500.telegram;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;

/**
 * Who the person writing is in the directory, and the polite refusal (logged) when they may not do something.
 * Checked on every command and every button press: button data can be forged.
 */
@Component
public class Access {

    private static final Logger log = LoggerFactory.getLogger(Access.class);

    private final Directory directory;

    Access(Directory directory) {
        this.directory = directory;
    }

    public Optional<Member> member(ChatUser person) {
        return directory.byTelegram(person.userId());
    }

    /** The refusal; {@code action} says in the log what was tried. */
    public List<Outgoing> refuse(ChatRef chat, ChatUser person, String action, String text) {
        log.warn("Refused: Telegram user {} ({}) in chat {} tried to {}", person.userId(), person.displayName(), chat.id(), action);
        return List.of(Outgoing.Message.text(chat, text));
    }

    /** The refusal for someone not in the directory (not invited yet). */
    public List<Outgoing> refuseStranger(ChatRef chat, ChatUser person, String action) {
        return refuse(chat, person, action, AccessTexts.NOT_INVITED);
    }
}

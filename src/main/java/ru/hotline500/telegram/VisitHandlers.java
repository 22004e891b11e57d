package ru.hotline500.telegram;

import org.springframework.stereotype.Component;

/** The visit commands' handlers together, so that the router needs one dependency for them. */
@Component
class VisitHandlers {

    private final VisitDialogue dialogue;
    private final VisitsCommand command;

    VisitHandlers(VisitDialogue dialogue, VisitsCommand command) {
        this.dialogue = dialogue;
        this.command = command;
    }

    VisitDialogue dialogue() {
        return dialogue;
    }

    VisitsCommand list() {
        return command;
    }
}

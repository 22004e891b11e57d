package ru.hotline500.telegram;

import java.util.List;
import org.springframework.stereotype.Component;

/** The visit handlers together, so that the router needs one dependency for them and one question for their buttons. */
@Component
class VisitHandlers {

    private final VisitDialogue dialogue;
    private final VisitButtons buttons;
    private final VisitList list;
    private final VisitsCommand command;
    private final CoordinatorVisits coordinators;

    VisitHandlers(VisitDialogue dialogue, VisitButtons buttons, VisitList list, VisitsCommand command, CoordinatorVisits coordinators) {
        this.dialogue = dialogue;
        this.buttons = buttons;
        this.list = list;
        this.command = command;
        this.coordinators = coordinators;
    }

    static boolean handles(String data) {
        return VisitButtons.handles(data) || VisitList.handles(data) || CoordinatorVisits.handles(data);
    }

    VisitDialogue dialogue() {
        return dialogue;
    }

    VisitsCommand list() {
        return command;
    }

    List<Outgoing> pressed(Inbound.ButtonPress press) {
        if (VisitButtons.handles(press.data())) {
            return buttons.pressed(press);
        }
        return VisitList.handles(press.data()) ? list.pressed(press) : coordinators.pressed(press);
    }
}

package ru.hotline500.telegram;

import java.util.List;

/** A class that answers presses on the kinds of buttons {@link ButtonKind} gives it. */
interface ButtonHandler {

    /**
     * The answer to a press whose data are well-formed; what they name may still be gone or someone else's (answer
     * that with {@link StaleButton}).
     */
    List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data);
}

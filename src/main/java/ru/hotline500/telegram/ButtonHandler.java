package ru.hotline500.telegram;

import java.util.List;
import java.util.Set;

/** A class that answers presses on its kinds of buttons: each kind has exactly one such class. */
public interface ButtonHandler {

    /** The kinds of buttons whose presses this class answers. */
    Set<ButtonKind> kinds();

    /**
     * The answer to a press whose data are well-formed; what they name may still be gone or someone else's (answer
     * that with {@link StaleButton}).
     */
    List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data);
}

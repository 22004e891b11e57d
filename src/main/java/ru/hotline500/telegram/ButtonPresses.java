package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A button press to the handler of its kind, its data read first; data that are no button of ours never reach a
 * handler. Every press gets exactly one answer (Telegram shows a spinner until then).
 */
@Component
class ButtonPresses {

    private final Map<ButtonKind, ButtonHandler> handlers = new EnumMap<>(ButtonKind.class);

    /** @throws IllegalStateException unless each kind of button has exactly one handler among these: the bot does not start */
    ButtonPresses(List<ButtonHandler> handlers) {
        for (ButtonHandler handler : handlers) {
            for (ButtonKind kind : handler.kinds()) {
                ButtonHandler other = this.handlers.putIfAbsent(kind, handler);
                if (other != null) {
                    throw new IllegalStateException("buttons " + kind + " have two handlers: " + other.getClass().getSimpleName()
                            + " and " + handler.getClass().getSimpleName());
                }
            }
        }
        EnumSet<ButtonKind> unanswered = EnumSet.allOf(ButtonKind.class);
        unanswered.removeAll(this.handlers.keySet());
        if (!unanswered.isEmpty()) {
            throw new IllegalStateException("buttons without a handler: " + unanswered);
        }
    }

    List<Outgoing> pressed(Inbound.ButtonPress press) {
        Optional<ButtonData> data = ButtonData.parse(press.data());
        if (data.isEmpty()) {
            return StaleButton.answer(press, "no button of ours has such data");
        }
        List<Outgoing> result = new ArrayList<>(handlers.get(data.get().kind()).pressed(press, data.get()));
        if (result.stream().noneMatch(o -> o instanceof Outgoing.ButtonAnswer)) {
            result.add(0, new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null));
        }
        return result;
    }
}

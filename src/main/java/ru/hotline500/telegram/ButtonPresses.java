package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.EnumMap;
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

    /** @throws IllegalStateException unless each kind of button has exactly one handler among these */
    ButtonPresses(List<ButtonHandler> handlers) {
        for (ButtonKind kind : ButtonKind.values()) {
            List<ButtonHandler> found = handlers.stream().filter(kind.handler()::isInstance).toList();
            if (found.size() != 1) {
                throw new IllegalStateException(found.size() + " handlers for buttons " + kind + ", expected one " + kind.handler().getSimpleName());
            }
            this.handlers.put(kind, found.get(0));
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

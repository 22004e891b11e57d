package ru.hotline500.telegram.outbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.hotline500.telegram.Button;

/**
 * Buttons in one text column: a row per line, buttons separated by a unit separator, label and target by a record
 * separator, the target prefixed with "d" (callback data) or "u" (link). Control characters never occur in labels.
 */
final class ButtonsCodec {

    private static final String BUTTON = "\u001f";
    private static final String FIELD = "\u001e";

    private ButtonsCodec() {
    }

    static String encode(List<List<Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (List<Button> row : rows) {
            lines.add(String.join(BUTTON, row.stream().map(ButtonsCodec::encode).toList()));
        }
        return String.join("\n", lines);
    }

    static List<List<Button>> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> Arrays.stream(line.split(BUTTON)).map(ButtonsCodec::button).toList()).toList();
    }

    private static String encode(Button button) {
        String label = button.label().replaceAll("\\p{Cntrl}", " ");
        return label + FIELD + (button.data() != null ? "d" + button.data() : "u" + button.url());
    }

    private static Button button(String encoded) {
        String[] fields = encoded.split(FIELD, 2);
        String target = fields[1].substring(1);
        return fields[1].charAt(0) == 'd' ? Button.callback(fields[0], target) : Button.link(fields[0], target);
    }
}

package ru.hotline500.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A button press's callback data read as one of our {@link ButtonKind}s, its fields checked against their patterns.
 * Handlers take their values from here and never parse the data themselves.
 */
public record ButtonData(ButtonKind kind, List<String> fields) {

    public ButtonData {
        fields = List.copyOf(fields);
    }

    /** The data as a button of ours; empty for anything else (forged, outdated, cut off, a field out of its pattern). */
    static Optional<ButtonData> parse(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
            return Optional.empty();
        }
        return Arrays.stream(ButtonKind.values()).map(kind -> kind.read(data)).flatMap(Optional::stream).findFirst();
    }

    /** An {@link ButtonField#ID} field. */
    public long id(int index) {
        return Long.parseLong(fields.get(index));
    }

    /** A {@link ButtonField#NUMBER} field. */
    public int number(int index) {
        return Integer.parseInt(fields.get(index));
    }

    public String text(int index) {
        return fields.get(index);
    }
}

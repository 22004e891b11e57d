package ru.hotline500.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.hotline500.reminders.ReminderRole;
import ru.hotline500.visits.VisitPurpose;

/**
 * Every kind of button the bot puts under its messages: the one registry of callback data. The class that answers a
 * kind's presses says so itself ({@link ButtonHandler#kinds()}), and the bot does not start unless each kind has one. Data are the key, then each field after a ':' ("vo:2021:1"). Buttons already sent carry these
 * keys, so a key never changes. Data that fit no kind exactly are no button of ours, and the press is answered
 * "no longer works".
 */
public enum ButtonKind {

    REGION("r", ButtonField.TERRITORY),
    TERRITORY("t", ButtonField.TERRITORY),
    REGIONS("regions"),

    NEW_VISIT("visit"),
    NEW_PLAN("plan"),
    VISIT_SCHOOL("vs", ButtonField.ID),
    VISIT_DATE("vd", ButtonField.oneOf("today", "yesterday", "tomorrow", "keep")),
    VISIT_PURPOSE("vp", ButtonField.oneOf(VisitPurpose.class)),
    VISIT_COMMENT("vc", ButtonField.oneOf("keep", "none")),
    VISIT_CONFIRM("vk"),
    VISIT_CANCEL("cancel"),

    CORRECT_VISIT("ve", ButtonField.ID),
    WITHDRAW_VISIT("vw", ButtonField.ID),
    WITHDRAW_CONFIRMED("vwy", ButtonField.ID),
    WITHDRAW_CANCELLED("vwn"),
    VISIT_FROM_PLAN("vpl", ButtonField.ID),

    /** Year and stage number. */
    STAGE_VISITS("vo", ButtonField.NUMBER, ButtonField.NUMBER),
    /** Year and stage number. */
    STAGE_EXPORT("vx", ButtonField.NUMBER, ButtonField.NUMBER),

    INVITE("inv", ButtonField.ID),

    REMINDERS_ON("rm:on"),
    REMINDERS_ON_AS("rm:on", ButtonField.oneOf(ReminderRole.class)),
    REMINDERS_OFF("rm:off"),
    FORGET_ITEM("rm:x", ButtonField.ID),
    /** The roadmap's territory and year, and the item's number. */
    REMIND_ITEM("rm:i", ButtonField.TERRITORY, ButtonField.NUMBER, ButtonField.ITEM_NUMBER),

    HAND_OFF("ho:a", ButtonField.ID),
    FOLLOW_UP("ho:f", ButtonField.ID),
    KEEP_ANSWER("ho:k", ButtonField.ID);

    private static final String SEPARATOR = ":";

    private final String key;
    private final List<ButtonField> fields;

    ButtonKind(String key, ButtonField... fields) {
        this.key = key;
        this.fields = List.of(fields);
    }

    String key() {
        return key;
    }

    List<ButtonField> fields() {
        return fields;
    }

    /**
     * The callback data of a button of this kind with these values.
     *
     * @throws IllegalArgumentException when they do not fit its fields or Telegram's 64 bytes (a bug)
     */
    public String data(Object... values) {
        return dataOf(values).orElseThrow(() -> new IllegalArgumentException(
                "not data of a " + this + " button (" + fields.stream().map(ButtonField::name).toList() + "): " + Arrays.toString(values)));
    }

    /** The callback data with these values; empty when they do not fit its fields or Telegram's 64 bytes. */
    public Optional<String> dataOf(Object... values) {
        String data = Arrays.stream(values).map(value -> SEPARATOR + value).collect(Collectors.joining("", key, ""));
        return ButtonData.parse(data).filter(read -> read.kind() == this).map(read -> data);
    }

    /** These data as a button of this kind: exactly the key, then as many fields as it has, each in its pattern. */
    Optional<ButtonData> read(String data) {
        if (!data.startsWith(key)) {
            return Optional.empty();
        }
        String rest = data.substring(key.length());
        if (fields.isEmpty() || rest.isEmpty()) {
            return fields.isEmpty() && rest.isEmpty() ? Optional.of(new ButtonData(this, List.of())) : Optional.empty();
        }
        if (!rest.startsWith(SEPARATOR)) {
            return Optional.empty();
        }
        List<String> values = List.of(rest.substring(SEPARATOR.length()).split(SEPARATOR, -1));
        if (values.size() != fields.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < values.size(); i++) {
            if (!fields.get(i).accepts(values.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new ButtonData(this, values));
    }
}

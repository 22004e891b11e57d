package ru.hotline500.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.hotline500.reminders.ReminderRole;
import ru.hotline500.visits.VisitPurpose;

/**
 * Every kind of button the bot puts under its messages, with the class that answers its presses: the one registry
 * of callback data. Data are the key, then each field after a ':' ("vo:2021:1"). Buttons already sent carry these
 * keys, so a key never changes. Data that fit no kind exactly are no button of ours, and the press is answered
 * "no longer works".
 */
enum ButtonKind {

    REGION("r", TerritoryChoice.class, ButtonField.TERRITORY),
    TERRITORY("t", TerritoryChoice.class, ButtonField.TERRITORY),
    REGIONS("regions", TerritoryChoice.class),

    NEW_VISIT("visit", VisitButtons.class),
    NEW_PLAN("plan", VisitButtons.class),
    VISIT_SCHOOL("vs", VisitButtons.class, ButtonField.ID),
    VISIT_DATE("vd", VisitButtons.class, ButtonField.oneOf("today", "yesterday", "tomorrow", "keep")),
    VISIT_PURPOSE("vp", VisitButtons.class, ButtonField.oneOf(VisitPurpose.class)),
    VISIT_COMMENT("vc", VisitButtons.class, ButtonField.oneOf("keep", "none")),
    VISIT_CONFIRM("vk", VisitButtons.class),
    VISIT_CANCEL("cancel", VisitButtons.class),

    CORRECT_VISIT("ve", VisitList.class, ButtonField.ID),
    WITHDRAW_VISIT("vw", VisitList.class, ButtonField.ID),
    WITHDRAW_CONFIRMED("vwy", VisitList.class, ButtonField.ID),
    WITHDRAW_CANCELLED("vwn", VisitList.class),
    VISIT_FROM_PLAN("vpl", VisitList.class, ButtonField.ID),

    /** Year and stage number. */
    STAGE_VISITS("vo", CoordinatorVisits.class, ButtonField.NUMBER, ButtonField.NUMBER),
    /** Year and stage number. */
    STAGE_EXPORT("vx", CoordinatorVisits.class, ButtonField.NUMBER, ButtonField.NUMBER),

    INVITE("inv", InviteCommand.class, ButtonField.ID),

    REMINDERS_ON("rm:on", RemindCommand.class),
    REMINDERS_ON_AS("rm:on", RemindCommand.class, ButtonField.oneOf(ReminderRole.class)),
    REMINDERS_OFF("rm:off", RemindCommand.class),
    FORGET_ITEM("rm:x", RemindCommand.class, ButtonField.ID),
    /** The roadmap's territory and year, and the item's number. */
    REMIND_ITEM("rm:i", RemindCommand.class, ButtonField.TERRITORY, ButtonField.NUMBER, ButtonField.ITEM_NUMBER),

    HAND_OFF("ho:a", HandOffHandlers.class, ButtonField.ID),
    FOLLOW_UP("ho:f", HandOffHandlers.class, ButtonField.ID),
    KEEP_ANSWER("ho:k", HandOffHandlers.class, ButtonField.ID);

    private static final String SEPARATOR = ":";

    private final String key;
    private final Class<? extends ButtonHandler> handler;
    private final List<ButtonField> fields;

    ButtonKind(String key, Class<? extends ButtonHandler> handler, ButtonField... fields) {
        this.key = key;
        this.handler = handler;
        this.fields = List.of(fields);
    }

    String key() {
        return key;
    }

    /** The class that answers presses on buttons of this kind. */
    Class<? extends ButtonHandler> handler() {
        return handler;
    }

    List<ButtonField> fields() {
        return fields;
    }

    /**
     * The callback data of a button of this kind with these values.
     *
     * @throws IllegalArgumentException when they do not fit its fields or Telegram's 64 bytes (a bug)
     */
    String data(Object... values) {
        return dataOf(values).orElseThrow(() -> new IllegalArgumentException(
                "not data of a " + this + " button (" + fields.stream().map(ButtonField::name).toList() + "): " + Arrays.toString(values)));
    }

    /** The callback data with these values; empty when they do not fit its fields or Telegram's 64 bytes. */
    Optional<String> dataOf(Object... values) {
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

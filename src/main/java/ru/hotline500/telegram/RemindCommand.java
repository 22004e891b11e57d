package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.reminders.ItemRef;
import ru.hotline500.reminders.ItemRemembered;
import ru.hotline500.reminders.ReminderRole;
import ru.hotline500.reminders.ReminderSettings;
import ru.hotline500.reminders.Reminders;
import ru.hotline500.reminders.RemindersProperties;
import ru.hotline500.territory.Territory;

/**
 * /remind and its buttons: personal reminders on or off (the role from the directory, or asked with three buttons
 * from someone not in it), the single items asked for (each can be dropped), and «🔔 Напомнить» under an answer.
 * Every press is checked again: the person's territory and, for an item, that it is in their roadmaps and ahead.
 */
@Component
class RemindCommand {

    static final String PREFIX = "rm:";
    private static final String ON = "rm:on";
    private static final String OFF = "rm:off";
    private static final String FORGET = "rm:x:";
    private static final String ITEM = "rm:i:";
    private static final int LONGEST_DATA = 64;

    private final Reminders reminders;
    private final RemindersProperties properties;
    private final Askers askers;
    private final Access access;
    private final TerritoryChoice territoryChoice;

    RemindCommand(Reminders reminders, RemindersProperties properties, Askers askers, Access access, TerritoryChoice territoryChoice) {
        this.reminders = reminders;
        this.properties = properties;
        this.askers = askers;
        this.access = access;
        this.territoryChoice = territoryChoice;
    }

    static boolean handles(String data) {
        return data.startsWith(PREFIX);
    }

    /** The «🔔 Напомнить» button for an item, when its reference fits into a button. */
    static Optional<Button> remindButton(ItemRef ref) {
        String data = ITEM + ref.territoryId() + ":" + ref.year() + ":" + ref.number();
        return data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= LONGEST_DATA
                ? Optional.of(Button.callback(ReminderTexts.REMIND, data)) : Optional.empty();
    }

    List<Outgoing> handle(Inbound.Message message) {
        if (!message.chat().isPrivate()) {
            return List.of(Outgoing.Message.text(message.chat(), AccessTexts.PRIVATE_ONLY));
        }
        Optional<Territory> territory = territoryOf(message.from());
        if (territory.isEmpty()) {
            return territoryChoice.begin(message.chat(), message.from(), BotTexts.chooseTerritoryFirst());
        }
        return List.of(settings(message.chat(), message.from(), territory.get()));
    }

    /** @throws IllegalArgumentException for data no reminder button has (the router answers "stale") */
    List<Outgoing> pressed(Inbound.ButtonPress press) {
        String data = press.data();
        Optional<Territory> territory = territoryOf(press.from());
        if (territory.isEmpty() || !press.chat().isPrivate()) {
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), BotTexts.STALE_BUTTON));
        }
        List<Outgoing> reply = new ArrayList<>(List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null)));
        if (data.equals(OFF)) {
            reply.add(text(press, reminders.turnOff(press.from().userId()) ? ReminderTexts.TURNED_OFF : ReminderTexts.WERE_OFF));
        } else if (data.equals(ON) || data.startsWith(ON + ":")) {
            Optional<ReminderRole> role = roleOf(press.from()).or(() -> data.equals(ON) ? Optional.empty()
                    : Optional.of(ReminderRole.valueOf(data.substring(ON.length() + 1))));
            if (role.isEmpty()) {
                return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), BotTexts.STALE_BUTTON));
            }
            reminders.turnOn(press.from().userId(), territory.get().id(), role.get());
            reply.add(text(press, ReminderTexts.turnedOn(role.get(), askers.describe(territory.get()), properties.at())));
        } else if (data.startsWith(FORGET)) {
            boolean dropped = reminders.forget(press.from().userId(), Long.parseLong(data.substring(FORGET.length()))).isPresent();
            return dropped ? List.of(reply.get(0), text(press, ReminderTexts.FORGOTTEN))
                    : List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), BotTexts.STALE_BUTTON));
        } else if (data.startsWith(ITEM)) {
            reply.addAll(remember(press, territory.get(), data.substring(ITEM.length())));
        } else {
            throw new IllegalArgumentException("no reminder button has data " + data);
        }
        return reply;
    }

    private List<Outgoing> remember(Inbound.ButtonPress press, Territory territory, String ref) {
        String[] parts = ref.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an item reference: " + ref);
        }
        Optional<ItemRemembered> remembered = reminders.remember(press.from().userId(), territory.id(),
                new ItemRef(parts[0], Integer.parseInt(parts[1]), parts[2]));
        if (remembered.isEmpty()) {
            return List.of(text(press, ReminderTexts.NO_ITEM));
        }
        boolean allOn = reminders.settings(press.from().userId()).enabled();
        return List.of(text(press, ReminderTexts.remembered(remembered.get()) + (allOn ? "" : "\n" + ReminderTexts.offerAll())));
    }

    private Outgoing.Message settings(ChatRef chat, Person person, Territory territory) {
        ReminderSettings settings = reminders.settings(person.userId());
        Optional<ReminderRole> role = roleOf(person);
        List<List<Button>> buttons = new ArrayList<>();
        if (settings.enabled()) {
            buttons.add(List.of(Button.callback(ReminderTexts.TURN_OFF, OFF)));
        } else if (role.isPresent()) {
            buttons.add(List.of(Button.callback(ReminderTexts.TURN_ON, ON)));
        } else {
            buttons.add(List.of(Button.callback(ReminderTexts.SCHOOL, ON + ":" + ReminderRole.SCHOOL),
                    Button.callback(ReminderTexts.CURATOR, ON + ":" + ReminderRole.CURATOR)));
            buttons.add(List.of(Button.callback(ReminderTexts.COORDINATOR, ON + ":" + ReminderRole.COORDINATOR)));
        }
        settings.items().forEach(i -> buttons.add(List.of(Button.callback(ReminderTexts.forget(i), FORGET + i.id()))));
        String text = ReminderTexts.settings(settings, askers.describe(territory), !settings.enabled() && role.isEmpty());
        return new Outgoing.Message(chat, text, buttons, null);
    }

    /** The territory a person asks about; someone in the directory who never chose one works in their own. */
    private Optional<Territory> territoryOf(Person person) {
        return askers.territoryOf(person).or(() -> access.member(person).flatMap(m -> askers.territory(m.territoryId())));
    }

    /** The directory decides whose items a person gets; someone not in it says so with a button. */
    private Optional<ReminderRole> roleOf(Person person) {
        return access.member(person).map(RemindCommand::role);
    }

    private static ReminderRole role(Member member) {
        if (member.has(Role.CURATOR)) {
            return ReminderRole.CURATOR;
        }
        return member.has(Role.SCHOOL_COORDINATOR) && !member.coordinates() ? ReminderRole.SCHOOL : ReminderRole.COORDINATOR;
    }

    private static Outgoing.Message text(Inbound.ButtonPress press, String text) {
        return Outgoing.Message.text(press.chat(), text);
    }
}

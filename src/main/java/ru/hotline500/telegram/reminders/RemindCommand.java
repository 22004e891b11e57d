package ru.hotline500.telegram.reminders;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.reminders.ItemRef;
import ru.hotline500.reminders.ItemRemembered;
import ru.hotline500.reminders.ReminderRole;
import ru.hotline500.reminders.ReminderSettings;
import ru.hotline500.reminders.Reminders;
import ru.hotline500.reminders.RemindersProperties;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonData;
import ru.hotline500.telegram.ButtonHandler;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.StaleButton;
import ru.hotline500.telegram.TerritoryChoice;
import ru.hotline500.territory.Territory;

/**
 * /remind and its buttons: personal reminders on or off (the role from the directory, or asked with three buttons
 * from someone not in it), the single items asked for (each can be dropped), and «🔔 Напомнить» under an answer.
 * Every press is checked again: the person's territory and, for an item, that it is in their roadmaps and ahead.
 */
@Component
@Order(40)
public class RemindCommand implements ButtonHandler, BotCommand {

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

    /** The «🔔 Напомнить» button for an item, when its reference fits into a button. */
    public static Optional<Button> remindButton(ItemRef ref) {
        return ButtonKind.REMIND_ITEM.dataOf(ref.territoryId(), ref.year(), ref.number())
                .map(data -> Button.callback(ReminderTexts.REMIND, data));
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("remind", ReminderTexts.MENU).helpLine(ReminderTexts.HELP_LINE);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        Optional<Territory> territory = territoryOf(message.from());
        if (territory.isEmpty()) {
            return territoryChoice.begin(message.chat(), message.from(), BotTexts.chooseTerritoryFirst());
        }
        return List.of(settings(message.chat(), message.from(), territory.get()));
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.REMINDERS_ON, ButtonKind.REMINDERS_ON_AS, ButtonKind.REMINDERS_OFF,
                ButtonKind.FORGET_ITEM, ButtonKind.REMIND_ITEM);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        Optional<Territory> territory = territoryOf(press.from());
        if (territory.isEmpty() || !press.chat().isPrivate()) {
            return StaleButton.answer(press, "no territory, or not in the private chat");
        }
        return switch (data.kind()) {
            case REMINDERS_OFF -> answered(press, reminders.turnOff(press.from().userId()) ? ReminderTexts.TURNED_OFF : ReminderTexts.WERE_OFF);
            case REMINDERS_ON -> turnOn(press, territory.get(), roleOf(press.from()));
            case REMINDERS_ON_AS -> turnOn(press, territory.get(),
                    roleOf(press.from()).or(() -> Optional.of(ReminderRole.valueOf(data.text(0)))));
            case FORGET_ITEM -> reminders.forget(press.from().userId(), data.id(0)).isPresent()
                    ? answered(press, ReminderTexts.FORGOTTEN) : StaleButton.unlogged(press);
            case REMIND_ITEM -> answered(press, remember(press, territory.get(), new ItemRef(data.text(0), data.number(1), data.text(2))));
            default -> throw new IllegalArgumentException("not a reminder button: " + data);
        };
    }

    private List<Outgoing> turnOn(Inbound.ButtonPress press, Territory territory, Optional<ReminderRole> role) {
        if (role.isEmpty()) {
            return StaleButton.answer(press, "no role to be reminded as");
        }
        reminders.turnOn(press.from().userId(), territory.id(), role.get());
        return answered(press, ReminderTexts.turnedOn(role.get(), askers.describe(territory), properties.at()));
    }

    /** What to say to «🔔 Напомнить»; the reminders feature logs an item it refuses. */
    private String remember(Inbound.ButtonPress press, Territory territory, ItemRef ref) {
        Optional<ItemRemembered> remembered = reminders.remember(press.from().userId(), territory.id(), ref);
        if (remembered.isEmpty()) {
            return ReminderTexts.NO_ITEM;
        }
        boolean allOn = reminders.settings(press.from().userId()).enabled();
        return ReminderTexts.remembered(remembered.get()) + (allOn ? "" : "\n" + ReminderTexts.offerAll());
    }

    private Outgoing.Message settings(ChatRef chat, ChatUser person, Territory territory) {
        ReminderSettings settings = reminders.settings(person.userId());
        Optional<ReminderRole> role = roleOf(person);
        List<List<Button>> buttons = new ArrayList<>();
        if (settings.enabled()) {
            buttons.add(List.of(Button.callback(ReminderTexts.TURN_OFF, ButtonKind.REMINDERS_OFF.data())));
        } else if (role.isPresent()) {
            buttons.add(List.of(Button.callback(ReminderTexts.TURN_ON, ButtonKind.REMINDERS_ON.data())));
        } else {
            buttons.add(List.of(Button.callback(ReminderTexts.SCHOOL, ButtonKind.REMINDERS_ON_AS.data(ReminderRole.SCHOOL)),
                    Button.callback(ReminderTexts.CURATOR, ButtonKind.REMINDERS_ON_AS.data(ReminderRole.CURATOR))));
            buttons.add(List.of(Button.callback(ReminderTexts.COORDINATOR, ButtonKind.REMINDERS_ON_AS.data(ReminderRole.COORDINATOR))));
        }
        settings.items().forEach(i -> buttons.add(List.of(Button.callback(ReminderTexts.forget(i), ButtonKind.FORGET_ITEM.data(i.id())))));
        String text = ReminderTexts.settings(settings, askers.describe(territory), !settings.enabled() && role.isEmpty());
        return new Outgoing.Message(chat, text, buttons, null);
    }

    /** The territory a person asks about; someone in the directory who never chose one works in their own. */
    private Optional<Territory> territoryOf(ChatUser person) {
        return askers.territoryOf(person).or(() -> access.member(person).flatMap(m -> askers.territory(m.territoryId())));
    }

    /** The directory decides whose items a person gets; someone not in it says so with a button. */
    private Optional<ReminderRole> roleOf(ChatUser person) {
        return access.member(person).map(RemindCommand::role);
    }

    private static ReminderRole role(Member member) {
        if (member.has(Role.CURATOR)) {
            return ReminderRole.CURATOR;
        }
        return member.has(Role.SCHOOL_COORDINATOR) && !member.coordinates() ? ReminderRole.SCHOOL : ReminderRole.COORDINATOR;
    }

    private static List<Outgoing> answered(Inbound.ButtonPress press, String text) {
        return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null), Outgoing.Message.text(press.chat(), text));
    }
}

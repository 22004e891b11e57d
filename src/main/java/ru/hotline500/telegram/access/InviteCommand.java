package ru.hotline500.telegram.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Directory;
import ru.hotline500.people.InvitationLink;
import ru.hotline500.people.Invitations;
import ru.hotline500.people.Member;
import ru.hotline500.people.NameKey;
import ru.hotline500.people.Role;
import ru.hotline500.people.Scope;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.BotCommand;
import ru.hotline500.telegram.BotIdentity;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonData;
import ru.hotline500.telegram.ButtonHandler;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.CommandInfo;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.StaleButton;

/**
 * /invite for coordinators: the people of their territory as buttons; a press gives a one-time link to forward.
 * "/invite Кожина" narrows the list. Who may be invited is checked again on the press.
 */
@Component
@Order(90)
public class InviteCommand implements ButtonHandler, BotCommand {

    private static final int MOST_BUTTONS = 30;

    private final Access access;
    private final Directory directory;
    private final Invitations invitations;
    private final BotIdentity identity;

    InviteCommand(Access access, Directory directory, Invitations invitations, BotIdentity identity) {
        this.access = access;
        this.directory = directory;
        this.invitations = invitations;
        this.identity = identity;
    }

    @Override
    public CommandInfo info() {
        return CommandInfo.privateChat("invite", AccessTexts.INVITE_MENU).forAudience(CommandInfo.Audience.COORDINATORS);
    }

    @Override
    public List<Outgoing> handle(Inbound.Message message) {
        Optional<Member> coordinator = coordinator(message.from());
        if (coordinator.isEmpty()) {
            return access.refuse(message.chat(), message.from(), "invite people", AccessTexts.NOT_A_COORDINATOR);
        }
        String filter = NameKey.of(message.text());
        List<Member> people = directory.peopleIn(directory.scopeOf(coordinator.get())).stream()
                .filter(p -> p.personId() != coordinator.get().personId() && mayInvite(coordinator.get(), p))
                .filter(p -> filter.isEmpty() || NameKey.of(p.fullName()).contains(filter)).toList();
        if (people.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), filter.isEmpty() ? AccessTexts.NOBODY_TO_INVITE : AccessTexts.NO_MATCH));
        }
        List<List<Button>> rows = new ArrayList<>();
        people.stream().limit(MOST_BUTTONS).forEach(p -> rows.add(List.of(Button.callback(
                (p.bound() ? "✓ " : "") + p.fullName() + " — " + AccessTexts.roles(p), ButtonKind.INVITE.data(p.personId())))));
        return List.of(new Outgoing.Message(message.chat(), AccessTexts.choosePerson(rows.size(), people.size()), rows, null));
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.INVITE);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        Optional<Member> coordinator = coordinator(press.from());
        if (coordinator.isEmpty()) {
            return access.refuse(press.chat(), press.from(), "invite " + press.data(), AccessTexts.NOT_A_COORDINATOR);
        }
        long personId = data.id(0);
        Optional<Member> person = directory.person(personId).filter(p -> mayInvite(coordinator.get(), p));
        if (person.isEmpty()) {
            return StaleButton.answer(press, "person " + personId + " is gone or not the coordinator's to invite");
        }
        Optional<String> bot = identity.username();
        if (bot.isEmpty()) {
            return List.of(Outgoing.Message.text(press.chat(), AccessTexts.noBotName()));
        }
        InvitationLink link = invitations.invite(personId, coordinator.get().fullName());
        return List.of(Outgoing.Message.text(press.chat(), AccessTexts.invitation(person.get(), link.url(bot.get()), link.expiresAt())));
    }

    /**
     * A coordinator invites the people of their territory, but no one who sees more than they do (a municipal
     * coordinator cannot hand out the regional coordinator's or the administrator's account).
     */
    private boolean mayInvite(Member coordinator, Member person) {
        Scope scope = directory.scopeOf(coordinator);
        return scope.covers(person.territoryId()) && scope.includes(directory.scopeOf(person))
                && (!person.has(Role.ADMINISTRATOR) || coordinator.has(Role.ADMINISTRATOR));
    }

    private Optional<Member> coordinator(ChatUser person) {
        return access.member(person).filter(Member::coordinates);
    }
}

package ru.hotline500.telegram.handoff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.hotline500.answers.Answer;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.handoff.Asker;
import ru.hotline500.handoff.Faq;
import ru.hotline500.handoff.FaqAnswer;
import ru.hotline500.handoff.HandOffs;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.Askers;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.territory.Territory;

/**
 * When the roadmaps have no answer to a question asked in a private chat: a coordinator's standing answer to the
 * same question if there is one, and the offer to hand the question to the coordinators' group of the territory
 * (one button) when such a group is bound.
 */
@Component
public class HandOffOffer {

    private final Faq faq;
    private final HandOffs handOffs;
    private final CoordinatorGroups groups;
    private final Access access;
    private final Directory directory;
    private final Askers askers;

    HandOffOffer(Faq faq, HandOffs handOffs, CoordinatorGroups groups, Access access, Directory directory, Askers askers) {
        this.faq = faq;
        this.handOffs = handOffs;
        this.groups = groups;
        this.access = access;
        this.directory = directory;
        this.askers = askers;
    }

    public Outgoing.Message notFound(Inbound.Message message, Territory territory, String question, Answer answer) {
        Optional<FaqAnswer> standing = faq.find(territory.id(), question);
        String text = standing.map(HandOffTexts::standing).orElse(answer.reply());
        if (groups.forTerritory(territory.id()).isEmpty()) {
            return Outgoing.Message.text(message.chat(), standing.isPresent() ? text : text + "\n" + HandOffTexts.NO_GROUP_LINE);
        }
        long id = handOffs.offer(territory.id(), asker(message.from(), territory), question);
        return new Outgoing.Message(message.chat(), standing.isPresent() ? text : text + "\n" + HandOffTexts.OFFER_LINE, List.of(List.of(Button.callback(HandOffTexts.OFFER, ButtonKind.HAND_OFF.data(id)))), null);
    }

    /** How the coordinators see who asked: the directory's name and role, or the Telegram name. */
    private Asker asker(ChatUser person, Territory territory) {
        String where = askers.describe(territory);
        Optional<Member> member = access.member(person);
        if (member.isEmpty()) {
            return new Asker(person.userId(), person.displayName(), "нет в справочнике; " + where);
        }
        String role = member.get().roles().stream().min(Comparator.naturalOrder()).map(Role::label).orElse("участник проекта");
        String school = Optional.ofNullable(member.get().schoolId()).flatMap(directory::school).map(s -> ", " + s.label()).orElse("");
        return new Asker(person.userId(), member.get().fullName(), role + school + "; " + where);
    }
}

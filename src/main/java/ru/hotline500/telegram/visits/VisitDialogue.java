package ru.hotline500.telegram.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.AccessTexts;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.ChatUser;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.ConversationId;
import ru.hotline500.telegram.ConversationRepository;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.TextFlow;
import ru.hotline500.visits.Refusal;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitDates;

/**
 * Confirming a visit (or adding a plan): school (skipped when the curator has one) → date → purpose → comment →
 * confirm. The state is a persisted {@link Conversation}, so a restart continues at the same step; each step checks
 * who is pressing, and the visits feature checks it all again when storing.
 */
@Component
class VisitDialogue implements TextFlow {

    private final Access access;
    private final VisitConfirmations confirmations;
    private final ConversationRepository conversations;
    private final VisitSteps steps;
    private final Clock clock;

    VisitDialogue(Access access, VisitConfirmations confirmations, ConversationRepository conversations, VisitSteps steps, Clock clock) {
        this.access = access;
        this.confirmations = confirmations;
        this.conversations = conversations;
        this.steps = steps;
        this.clock = clock;
    }

    /** /visit or /plan, or their buttons. */
    public List<Outgoing> begin(ChatRef chat, ChatUser person, Conversation.Flow flow) {
        if (!chat.isPrivate()) {
            return List.of(Outgoing.Message.text(chat, VisitTexts.GROUP));
        }
        Optional<Member> member = access.member(person);
        if (member.isEmpty()) {
            return access.refuseStranger(chat, person, "start a visit dialogue");
        }
        Optional<Refusal> refusal = steps.curatorRefusal(member.get());
        if (refusal.isPresent()) {
            return access.refuse(chat, person, "start a visit dialogue as " + AccessTexts.roles(member.get()), VisitTexts.refusal(refusal.get(), null));
        }
        List<SchoolRef> schools = confirmations.schoolsOf(member.get());
        if (schools.isEmpty()) {
            return List.of(Outgoing.Message.text(chat, VisitTexts.NO_SCHOOLS));
        }
        ConversationId id = new ConversationId(chat.id(), person.userId());
        if (schools.size() == 1) {
            VisitDraft draft = VisitDraft.forSchool(schools.get(0).id());
            conversations.save(Conversation.visit(id, flow, Conversation.Step.DATE, draft.encode(), clock.instant()));
            return List.of(steps.askDate(chat, flow, draft, schools.get(0)));
        }
        conversations.save(Conversation.visit(id, flow, Conversation.Step.SCHOOL, VisitDraft.forSchool(null).encode(), clock.instant()));
        return List.of(steps.askSchool(chat, flow, schools));
    }

    @Override
    public Set<Conversation.Flow> flows() {
        return EnumSet.of(Conversation.Flow.VISIT, Conversation.Flow.PLAN);
    }

    /** Text typed during the dialogue: a date or a comment where one is expected, else a hint. */
    @Override
    public List<Outgoing> typed(Inbound.Message message, Conversation conversation) {
        Optional<Member> member = access.member(message.from());
        if (member.isEmpty()) {
            return access.refuseStranger(message.chat(), message.from(), "continue a visit dialogue");
        }
        return switch (conversation.step()) {
            case DATE -> dateTyped(message, conversation, member.get());
            case COMMENT -> steps.commented(message.chat(), conversation, message.text());
            case SCHOOL -> List.of(Outgoing.Message.text(message.chat(), VisitTexts.CHOOSE_SCHOOL));
            case PURPOSE -> List.of(Outgoing.Message.text(message.chat(), VisitTexts.CHOOSE_PURPOSE));
            default -> List.of(Outgoing.Message.text(message.chat(), VisitTexts.CONFIRM_BY_BUTTON));
        };
    }

    /** /cancel, or the Cancel button: the dialogue ends, nothing stored. */
    public List<Outgoing> cancel(ChatRef chat, ChatUser person) {
        Optional<Conversation> conversation = conversations.findById(new ConversationId(chat.id(), person.userId()));
        conversation.ifPresent(conversations::delete);
        return List.of(Outgoing.Message.text(chat, conversation.isPresent() ? VisitTexts.CANCELLED : VisitTexts.NOTHING_TO_CANCEL));
    }

    Optional<Conversation> current(ChatRef chat, ChatUser person) {
        return conversations.findById(new ConversationId(chat.id(), person.userId()))
                .filter(c -> c.flow() == Conversation.Flow.VISIT || c.flow() == Conversation.Flow.PLAN);
    }

    private List<Outgoing> dateTyped(Inbound.Message message, Conversation conversation, Member member) {
        LocalDate today = confirmations.today(member);
        Optional<LocalDate> date = conversation.flow() == Conversation.Flow.PLAN
                ? VisitDates.future(message.text(), today) : VisitDates.past(message.text(), today);
        if (date.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), VisitTexts.dateNotUnderstood()));
        }
        return steps.dateChosen(message.chat(), conversation, member, date.get());
    }
}

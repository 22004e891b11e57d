package ru.hotline500.telegram.visits;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.ButtonData;
import ru.hotline500.telegram.ButtonHandler;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.StaleButton;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitPurpose;

/**
 * Presses on the visit dialogue's buttons. Each is taken only at its own step of the person's own conversation and
 * from a curator; a press out of turn (an old message, a forged one) is answered "no longer works" and logged.
 */
@Component
public class VisitButtons implements ButtonHandler {

    private final Access access;
    private final VisitDialogue dialogue;
    private final VisitSteps steps;
    private final VisitConfirmations confirmations;

    VisitButtons(Access access, VisitDialogue dialogue, VisitSteps steps, VisitConfirmations confirmations) {
        this.access = access;
        this.dialogue = dialogue;
        this.steps = steps;
        this.confirmations = confirmations;
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.NEW_VISIT, ButtonKind.NEW_PLAN, ButtonKind.VISIT_SCHOOL, ButtonKind.VISIT_DATE,
                ButtonKind.VISIT_PURPOSE, ButtonKind.VISIT_COMMENT, ButtonKind.VISIT_CONFIRM,
                ButtonKind.VISIT_CANCEL);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        switch (data.kind()) {
            case NEW_VISIT: return dialogue.begin(press.chat(), press.from(), Conversation.Flow.VISIT);
            case NEW_PLAN: return dialogue.begin(press.chat(), press.from(), Conversation.Flow.PLAN);
            case VISIT_CANCEL: return dialogue.cancel(press.chat(), press.from());
            default: break;
        }
        Optional<Member> member = access.member(press.from());
        if (member.isEmpty()) {
            return access.refuseStranger(press.chat(), press.from(), "press visit button " + press.data());
        }
        Optional<Conversation> conversation = dialogue.current(press.chat(), press.from());
        try {
            return conversation.flatMap(c -> step(press, data, c, member.get()))
                    .orElseGet(() -> StaleButton.answer(press, "not at its step of the person's visit dialogue"));
        } catch (IllegalStateException e) {
            return StaleButton.answer(press, "out of turn: " + e.getMessage());
        }
    }

    private Optional<List<Outgoing>> step(Inbound.ButtonPress press, ButtonData data, Conversation conversation, Member member) {
        Conversation.Step step = conversation.step();
        return switch (data.kind()) {
            case VISIT_SCHOOL -> step == Conversation.Step.SCHOOL
                    ? steps.schoolChosen(press.chat(), conversation, member, data.id(0)) : Optional.empty();
            case VISIT_DATE -> step == Conversation.Step.DATE
                    ? date(data.text(0), conversation, member).map(d -> steps.dateChosen(press.chat(), conversation, member, d))
                    : Optional.empty();
            case VISIT_PURPOSE -> Optional.of(steps.purposeChosen(press.chat(), conversation, VisitPurpose.valueOf(data.text(0))));
            case VISIT_COMMENT -> step == Conversation.Step.COMMENT
                    ? Optional.of(data.text(0).equals("keep") ? steps.commentKept(press.chat(), conversation)
                            : steps.commented(press.chat(), conversation, null))
                    : Optional.empty();
            case VISIT_CONFIRM -> step == Conversation.Step.CONFIRM
                    ? Optional.of(steps.confirmed(press.chat(), conversation, member)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<LocalDate> date(String value, Conversation conversation, Member member) {
        LocalDate today = confirmations.today(member);
        return switch (value) {
            case "today" -> Optional.of(today);
            case "yesterday" -> Optional.of(today.minusDays(1));
            case "tomorrow" -> Optional.of(today.plusDays(1));
            case "keep" -> Optional.ofNullable(VisitDraft.decode(conversation.draft()).date());
            default -> Optional.empty();
        };
    }
}

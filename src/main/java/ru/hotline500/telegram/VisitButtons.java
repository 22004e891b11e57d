package ru.hotline500.telegram;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitPurpose;

/**
 * Presses on the visit dialogue's buttons. Each is taken only at its own step of the person's own conversation and
 * from a curator; a press out of turn (an old message, a forged one) is answered "no longer works" and logged.
 */
@Component
class VisitButtons {

    static final String NEW_VISIT = "visit";
    static final String NEW_PLAN = "plan";
    private static final Logger log = LoggerFactory.getLogger(VisitButtons.class);
    private static final Set<String> PREFIXES = Set.of(VisitSteps.SCHOOL, VisitSteps.DATE, VisitSteps.PURPOSE, VisitSteps.COMMENT);

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

    static boolean handles(String data) {
        return data.equals(NEW_VISIT) || data.equals(NEW_PLAN) || data.equals(VisitSteps.CONFIRM) || data.equals(VisitSteps.CANCEL)
                || PREFIXES.stream().anyMatch(data::startsWith);
    }

    List<Outgoing> pressed(Inbound.ButtonPress press) {
        switch (press.data()) {
            case NEW_VISIT: return dialogue.begin(press.chat(), press.from(), Conversation.Flow.VISIT);
            case NEW_PLAN: return dialogue.begin(press.chat(), press.from(), Conversation.Flow.PLAN);
            case VisitSteps.CANCEL: return dialogue.cancel(press.chat(), press.from());
            default: break;
        }
        Optional<Member> member = access.member(press.from());
        if (member.isEmpty()) {
            return access.refuseStranger(press.chat(), press.from(), "press visit button " + press.data());
        }
        Optional<Conversation> conversation = dialogue.current(press.chat(), press.from());
        try {
            Optional<List<Outgoing>> result = conversation.flatMap(c -> step(press, c, member.get()));
            return result.orElseGet(() -> stale(press));
        } catch (IllegalStateException | IllegalArgumentException e) {
            log.warn("Visit button {} pressed out of turn by user {}: {}", press.data(), press.from().userId(), e.getMessage());
            return stale(press);
        }
    }

    private Optional<List<Outgoing>> step(Inbound.ButtonPress press, Conversation conversation, Member member) {
        String data = press.data();
        String value = data.substring(data.indexOf(':') + 1);
        if (data.startsWith(VisitSteps.SCHOOL) && conversation.step() == Conversation.Step.SCHOOL) {
            return Optional.of(steps.schoolChosen(press.chat(), conversation, member, Long.parseLong(value)));
        }
        if (data.startsWith(VisitSteps.DATE) && conversation.step() == Conversation.Step.DATE) {
            return date(value, conversation, member).map(d -> steps.dateChosen(press.chat(), conversation, member, d));
        }
        if (data.startsWith(VisitSteps.PURPOSE)) {
            return Optional.of(steps.purposeChosen(press.chat(), conversation, VisitPurpose.valueOf(value)));
        }
        if (data.startsWith(VisitSteps.COMMENT) && conversation.step() == Conversation.Step.COMMENT) {
            return Optional.of(value.equals("keep") ? steps.commentKept(press.chat(), conversation)
                    : steps.commented(press.chat(), conversation, null));
        }
        if (data.equals(VisitSteps.CONFIRM) && conversation.step() == Conversation.Step.CONFIRM) {
            return Optional.of(steps.confirmed(press.chat(), conversation, member));
        }
        return Optional.empty();
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

    private static List<Outgoing> stale(Inbound.ButtonPress press) {
        log.warn("Stale or forged visit button from user {} in chat {}: {}", press.from().userId(), press.chat().id(), press.data());
        return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), BotTexts.STALE_BUTTON));
    }
}

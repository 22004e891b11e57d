package ru.hotline500.telegram.visits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.telegram.Access;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonData;
import ru.hotline500.telegram.ButtonHandler;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.ConversationId;
import ru.hotline500.telegram.ConversationRepository;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.StaleButton;
import ru.hotline500.visits.Plan;
import ru.hotline500.visits.Refusal;
import ru.hotline500.visits.Stage;
import ru.hotline500.visits.Visit;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitOutcome;
import ru.hotline500.visits.VisitPlans;

/**
 * /visits for a curator: the visits of the current stage, each with "correct" and "withdraw", and the plans ahead.
 * Its buttons (correct, withdraw and its confirmation, and "Отметить визит" under a plan's reminder) act only on the
 * presser's own standing visits and plans; any other is a button that no longer works.
 */
@Component
public class VisitList implements ButtonHandler {

    private final Access access;
    private final VisitConfirmations confirmations;
    private final VisitPlans plans;
    private final VisitSteps steps;
    private final ConversationRepository conversations;
    private final Clock clock;

    VisitList(Access access, VisitConfirmations confirmations, VisitPlans plans, VisitSteps steps,
              ConversationRepository conversations, Clock clock) {
        this.access = access;
        this.confirmations = confirmations;
        this.plans = plans;
        this.steps = steps;
        this.conversations = conversations;
        this.clock = clock;
    }

    List<Outgoing> curatorView(ChatRef chat, Member curator) {
        Stage stage = confirmations.currentStage(curator);
        List<Visit> visits = confirmations.ofCurator(curator, stage);
        List<Plan> upcoming = plans.upcoming(curator);
        StringBuilder text = new StringBuilder(VisitTexts.curatorHeading(stage));
        List<List<Button>> rows = new ArrayList<>();
        if (visits.isEmpty()) {
            text.append(VisitTexts.NO_VISITS);
        }
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            text.append(VisitTexts.line(i + 1, visit)).append('\n');
            rows.add(List.of(Button.callback(VisitTexts.correct(i + 1), ButtonKind.CORRECT_VISIT.data(visit.id())),
                    Button.callback(VisitTexts.withdraw(i + 1), ButtonKind.WITHDRAW_VISIT.data(visit.id()))));
        }
        if (!upcoming.isEmpty()) {
            text.append('\n').append(VisitTexts.PLANNED).append('\n');
            upcoming.forEach(plan -> text.append(VisitTexts.planLine(plan)).append('\n'));
        }
        rows.add(List.of(Button.callback(VisitTexts.NEW_VISIT, ButtonKind.NEW_VISIT.data()),
                Button.callback(VisitTexts.NEW_PLAN, ButtonKind.NEW_PLAN.data())));
        return List.of(new Outgoing.Message(chat, text.toString().strip(), rows, null));
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.CORRECT_VISIT, ButtonKind.WITHDRAW_VISIT, ButtonKind.WITHDRAW_CONFIRMED,
                ButtonKind.WITHDRAW_CANCELLED, ButtonKind.VISIT_FROM_PLAN);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        Optional<Member> member = access.member(press.from()).filter(m -> m.has(Role.CURATOR));
        if (member.isEmpty()) {
            return access.refuse(press.chat(), press.from(), "press " + press.data(), VisitTexts.refusal(Refusal.NOT_A_CURATOR, null));
        }
        if (data.kind() == ButtonKind.WITHDRAW_CANCELLED) {
            return List.of(Outgoing.Message.text(press.chat(), VisitTexts.KEPT));
        }
        long id = data.id(0);
        if (data.kind() == ButtonKind.VISIT_FROM_PLAN) {
            return fromPlan(press, member.get(), id);
        }
        Optional<Visit> visit = confirmations.ownVisit(member.get(), id).filter(v -> !v.withdrawn());
        if (visit.isEmpty()) {
            return StaleButton.answer(press, "visit " + id + " is not the curator's, or withdrawn");
        }
        return switch (data.kind()) {
            case CORRECT_VISIT -> correct(press, visit.get());
            case WITHDRAW_CONFIRMED -> withdraw(press, member.get(), id);
            default -> List.of(new Outgoing.Message(press.chat(), VisitTexts.withdrawQuestion(visit.get()),
                    List.of(List.of(Button.callback(VisitTexts.WITHDRAW_YES, ButtonKind.WITHDRAW_CONFIRMED.data(id)),
                            Button.callback(VisitTexts.WITHDRAW_NO, ButtonKind.WITHDRAW_CANCELLED.data()))), null));
        };
    }

    private List<Outgoing> withdraw(Inbound.ButtonPress press, Member curator, long id) {
        VisitOutcome outcome = confirmations.withdraw(curator, id);
        return List.of(Outgoing.Message.text(press.chat(), outcome instanceof VisitOutcome.Done done
                ? VisitTexts.withdrawn(done.visit()) : VisitTexts.refusal(((VisitOutcome.Refused) outcome).reason(), null)));
    }

    private List<Outgoing> correct(Inbound.ButtonPress press, Visit visit) {
        VisitDraft draft = new VisitDraft(visit.id(), visit.school().id(), visit.date(), visit.purpose(), visit.comment());
        conversations.save(Conversation.visit(new ConversationId(press.chat().id(), press.from().userId()), Conversation.Flow.VISIT,
                Conversation.Step.DATE, draft.encode(), clock.instant()));
        Outgoing.Message ask = steps.askDate(press.chat(), Conversation.Flow.VISIT, draft, visit.school());
        return List.of(new Outgoing.Message(press.chat(), VisitTexts.askNewDate(visit), ask.buttons(), null));
    }

    /** "Отметить визит" under a reminder: the school and the planned day are filled in, the purpose comes next. */
    private List<Outgoing> fromPlan(Inbound.ButtonPress press, Member curator, long planId) {
        Optional<Plan> plan = plans.ownPlan(curator, planId);
        if (plan.isEmpty()) {
            return StaleButton.answer(press, "plan " + planId + " is not the curator's");
        }
        VisitDraft draft = VisitDraft.forSchool(plan.get().school().id());
        Conversation conversation = Conversation.visit(new ConversationId(press.chat().id(), press.from().userId()), Conversation.Flow.VISIT,
                Conversation.Step.DATE, draft.encode(), clock.instant());
        conversations.save(conversation);
        return steps.dateChosen(press.chat(), conversation, curator, plan.get().date());
    }
}

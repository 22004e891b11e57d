package ru.hotline500.telegram.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.ConversationRepository;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.visits.PlanOutcome;
import ru.hotline500.visits.PurposeSuggestion;
import ru.hotline500.visits.Refusal;
import ru.hotline500.visits.VisitConfirmations;
import ru.hotline500.visits.VisitOutcome;
import ru.hotline500.visits.VisitPlans;
import ru.hotline500.visits.VisitPurpose;

/** The steps of the visit dialogue after its start: what each choice stores and what the person sees next. */
@Component
class VisitSteps {

    private static final int LONGEST_COMMENT = 1000;

    private final VisitConfirmations confirmations;
    private final VisitPlans plans;
    private final ConversationRepository conversations;
    private final Clock clock;

    VisitSteps(VisitConfirmations confirmations, VisitPlans plans, ConversationRepository conversations, Clock clock) {
        this.confirmations = confirmations;
        this.plans = plans;
        this.conversations = conversations;
        this.clock = clock;
    }

    Optional<Refusal> curatorRefusal(Member member) {
        return member.has(Role.CURATOR) ? Optional.empty() : Optional.of(Refusal.NOT_A_CURATOR);
    }

    Outgoing.Message askSchool(ChatRef chat, Conversation.Flow flow, List<SchoolRef> schools) {
        List<List<Button>> rows = new ArrayList<>(schools.stream()
                .map(s -> List.of(Button.callback(s.label(), ButtonKind.VISIT_SCHOOL.data(s.id())))).toList());
        rows.add(List.of(Button.callback(VisitTexts.CANCEL, ButtonKind.VISIT_CANCEL.data())));
        return new Outgoing.Message(chat, flow == Conversation.Flow.PLAN ? VisitTexts.CHOOSE_SCHOOL_TO_PLAN : VisitTexts.CHOOSE_SCHOOL, rows, null);
    }

    Outgoing.Message askDate(ChatRef chat, Conversation.Flow flow, VisitDraft draft, SchoolRef school) {
        if (flow == Conversation.Flow.PLAN) {
            return new Outgoing.Message(chat, VisitTexts.askPlanDate(school),
                    List.of(List.of(Button.callback(VisitTexts.TOMORROW, ButtonKind.VISIT_DATE.data("tomorrow"))),
                            List.of(Button.callback(VisitTexts.CANCEL, ButtonKind.VISIT_CANCEL.data()))), null);
        }
        List<List<Button>> rows = new ArrayList<>();
        if (draft.correcting()) {
            rows.add(List.of(Button.callback(VisitTexts.keepDate(draft.date()), ButtonKind.VISIT_DATE.data("keep"))));
        }
        rows.add(List.of(Button.callback(VisitTexts.TODAY, ButtonKind.VISIT_DATE.data("today")),
                Button.callback(VisitTexts.YESTERDAY, ButtonKind.VISIT_DATE.data("yesterday"))));
        rows.add(List.of(Button.callback(VisitTexts.CANCEL, ButtonKind.VISIT_CANCEL.data())));
        return new Outgoing.Message(chat, VisitTexts.askDate(school), rows, null);
    }

    /** A school picked by button: only one of the curator's own; empty for any other (a forged or outdated button). */
    Optional<List<Outgoing>> schoolChosen(ChatRef chat, Conversation conversation, Member member, long schoolId) {
        Optional<SchoolRef> school = confirmations.schoolsOf(member).stream().filter(s -> s.id() == schoolId).findFirst();
        if (school.isEmpty()) {
            return Optional.empty();
        }
        VisitDraft draft = VisitDraft.decode(conversation.draft()).withSchool(schoolId);
        conversation.schoolChosen(draft.encode(), clock.instant());
        conversations.save(conversation);
        return Optional.of(List.of(askDate(chat, conversation.flow(), draft, school.get())));
    }

    List<Outgoing> dateChosen(ChatRef chat, Conversation conversation, Member member, LocalDate date) {
        VisitDraft draft = VisitDraft.decode(conversation.draft()).withDate(date);
        if (conversation.flow() == Conversation.Flow.PLAN) {
            return planned(chat, conversation, member, draft);
        }
        Optional<Refusal> refusal = confirmations.checkDate(member, date, false);
        if (refusal.isPresent()) {
            return List.of(Outgoing.Message.text(chat, VisitTexts.refusal(refusal.get(), confirmations.earliest(member))));
        }
        conversation.dateChosen(draft.encode(), clock.instant());
        conversations.save(conversation);
        PurposeSuggestion suggestion = confirmations.suggest(draft.schoolId(), date);
        return List.of(new Outgoing.Message(chat, VisitTexts.askPurpose(date, suggestion), purposeButtons(suggestion.purpose()), null));
    }

    List<Outgoing> purposeChosen(ChatRef chat, Conversation conversation, VisitPurpose purpose) {
        VisitDraft draft = VisitDraft.decode(conversation.draft()).withPurpose(purpose);
        conversation.purposeChosen(draft.encode(), clock.instant());
        conversations.save(conversation);
        List<List<Button>> rows = new ArrayList<>();
        if (draft.correcting() && draft.comment() != null) {
            rows.add(List.of(Button.callback(VisitTexts.KEEP_COMMENT, ButtonKind.VISIT_COMMENT.data("keep"))));
        }
        rows.add(List.of(Button.callback(VisitTexts.NO_COMMENT, ButtonKind.VISIT_COMMENT.data("none"))));
        rows.add(List.of(Button.callback(VisitTexts.CANCEL, ButtonKind.VISIT_CANCEL.data())));
        return List.of(new Outgoing.Message(chat, VisitTexts.purposeChosen(purpose.label()), rows, null));
    }

    /** A comment typed, or none ({@code null}). */
    List<Outgoing> commented(ChatRef chat, Conversation conversation, String comment) {
        if (comment != null && comment.length() > LONGEST_COMMENT) {
            return List.of(Outgoing.Message.text(chat, VisitTexts.COMMENT_TOO_LONG));
        }
        return toConfirm(chat, conversation, VisitDraft.decode(conversation.draft()).withComment(comment));
    }

    /** A corrected visit keeps its comment. */
    List<Outgoing> commentKept(ChatRef chat, Conversation conversation) {
        return toConfirm(chat, conversation, VisitDraft.decode(conversation.draft()));
    }

    private List<Outgoing> toConfirm(ChatRef chat, Conversation conversation, VisitDraft next) {
        conversation.commented(next.encode(), clock.instant());
        conversations.save(conversation);
        SchoolRef school = confirmations.school(next.schoolId());
        String text = VisitTexts.CHECK_AND_CONFIRM + VisitTexts.details(school, next.date(), next.purpose().label(), next.comment());
        return List.of(new Outgoing.Message(chat, text, List.of(List.of(Button.callback(VisitTexts.CONFIRM, ButtonKind.VISIT_CONFIRM.data())),
                List.of(Button.callback(VisitTexts.CANCEL, ButtonKind.VISIT_CANCEL.data()))), null));
    }

    /** Stored first; only then the summary is put in the outbox, in the same transaction. */
    List<Outgoing> confirmed(ChatRef chat, Conversation conversation, Member member) {
        VisitDraft draft = VisitDraft.decode(conversation.draft());
        VisitOutcome outcome = draft.correcting()
                ? confirmations.correct(member, draft.visitId(), draft.date(), draft.purpose(), draft.comment())
                : confirmations.confirm(member, draft.schoolId(), draft.date(), draft.purpose(), draft.comment());
        conversations.delete(conversation);
        if (outcome instanceof VisitOutcome.Done done) {
            String heading = done.alreadyKnown() ? VisitTexts.ALREADY_CONFIRMED
                    : draft.correcting() ? VisitTexts.CORRECTED : VisitTexts.CONFIRMED;
            return List.of(Outgoing.Message.text(chat, VisitTexts.summary(heading, done.visit()) + VisitTexts.ALL_VISITS));
        }
        Refusal reason = ((VisitOutcome.Refused) outcome).reason();
        return List.of(Outgoing.Message.text(chat, VisitTexts.refusal(reason, confirmations.earliest(member))));
    }

    private List<Outgoing> planned(ChatRef chat, Conversation conversation, Member member, VisitDraft draft) {
        PlanOutcome outcome = plans.plan(member, draft.schoolId(), draft.date(), member.personId());
        if (outcome instanceof PlanOutcome.Planned planned) {
            conversations.delete(conversation);
            return List.of(Outgoing.Message.text(chat, VisitTexts.planned(planned.plan(), planned.alreadyKnown())));
        }
        return List.of(Outgoing.Message.text(chat, VisitTexts.refusal(((PlanOutcome.Refused) outcome).reason(), null)));
    }

    private static List<List<Button>> purposeButtons(VisitPurpose suggested) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(Button.callback("★ " + capitalised(suggested.label()), ButtonKind.VISIT_PURPOSE.data(suggested.name()))));
        Arrays.stream(VisitPurpose.values()).filter(p -> p != suggested)
                .forEach(p -> rows.add(List.of(Button.callback(capitalised(p.label()), ButtonKind.VISIT_PURPOSE.data(p.name())))));
        rows.add(List.of(Button.callback(VisitTexts.CANCEL, ButtonKind.VISIT_CANCEL.data())));
        return rows;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

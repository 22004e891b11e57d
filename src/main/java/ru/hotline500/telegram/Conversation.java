package ru.hotline500.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A half-done dialogue, persisted so that a restart continues where it was. Each step allows only its own next
 * steps; a wrong one throws, and the handler answers the person politely instead.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    public enum Flow { TERRITORY_CHOICE, VISIT, PLAN, FOLLOW_UP }

    public enum Step { REGION, MUNICIPALITY, SCHOOL, DATE, PURPOSE, COMMENT, CONFIRM, TEXT }

    @EmbeddedId
    private ConversationId id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Flow flow;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Step step;

    private String data;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Conversation() {
    }

    private Conversation(ConversationId id, Flow flow, Step step, Instant now) {
        this.id = id;
        this.flow = flow;
        this.step = step;
        this.updatedAt = now;
    }

    static Conversation territoryChoice(ConversationId id, Instant now) {
        return new Conversation(id, Flow.TERRITORY_CHOICE, Step.REGION, now);
    }

    /**
     * A visit to confirm (or correct, or a plan to add), starting at the school or, when that is settled, at the
     * date; {@code draft} is what is known so far.
     */
    public static Conversation visit(ConversationId id, Flow flow, Step first, String draft, Instant now) {
        if (flow == Flow.TERRITORY_CHOICE || (first != Step.SCHOOL && first != Step.DATE)) {
            throw new IllegalArgumentException("a visit dialogue starts at the school or the date, not " + flow + "/" + first);
        }
        Conversation conversation = new Conversation(id, flow, first, now);
        conversation.data = draft;
        return conversation;
    }

    /** The next text the person writes goes to the coordinators as a follow-up of that handed-off question. */
    public static Conversation followUp(ConversationId id, long handOffId, Instant now) {
        Conversation conversation = new Conversation(id, Flow.FOLLOW_UP, Step.TEXT, now);
        conversation.data = Long.toString(handOffId);
        return conversation;
    }

    public long followedUpQuestion() {
        require(Flow.FOLLOW_UP, Step.TEXT);
        return Long.parseLong(data);
    }

    public Flow flow() {
        return flow;
    }

    public Step step() {
        return step;
    }

    /** A region was picked: its municipalities come next. A region may be picked again from that step. */
    void regionChosen(String regionId, Instant now) {
        require(Flow.TERRITORY_CHOICE, Step.REGION, Step.MUNICIPALITY);
        this.step = Step.MUNICIPALITY;
        this.data = regionId;
        this.updatedAt = now;
    }

    /** Back to the list of regions. */
    void backToRegions(Instant now) {
        require(Flow.TERRITORY_CHOICE, Step.MUNICIPALITY);
        this.step = Step.REGION;
        this.data = null;
        this.updatedAt = now;
    }

    /** The school is chosen: the date comes next. */
    public void schoolChosen(String draft, Instant now) {
        requireVisit(Step.SCHOOL);
        move(Step.DATE, draft, now);
    }

    /** The date is chosen: a visit's purpose comes next (a plan is complete then). */
    public void dateChosen(String draft, Instant now) {
        require(Flow.VISIT, Step.DATE);
        move(Step.PURPOSE, draft, now);
    }

    public void purposeChosen(String draft, Instant now) {
        require(Flow.VISIT, Step.PURPOSE);
        move(Step.COMMENT, draft, now);
    }

    /** A comment written or skipped: all is known, the person confirms. */
    public void commented(String draft, Instant now) {
        require(Flow.VISIT, Step.COMMENT);
        move(Step.CONFIRM, draft, now);
    }

    /** What the visit dialogue knows so far. */
    public String draft() {
        requireVisit(Step.SCHOOL, Step.DATE, Step.PURPOSE, Step.COMMENT, Step.CONFIRM);
        return data;
    }

    private void move(Step next, String draft, Instant now) {
        this.step = next;
        this.data = draft;
        this.updatedAt = now;
    }

    private void requireVisit(Step... allowed) {
        require(flow == Flow.PLAN ? Flow.PLAN : Flow.VISIT, allowed);
    }

    String chosenRegion() {
        require(Flow.TERRITORY_CHOICE, Step.MUNICIPALITY);
        return data;
    }

    private void require(Flow expectedFlow, Step... allowed) {
        if (flow != expectedFlow || java.util.Arrays.stream(allowed).noneMatch(s -> s == step)) {
            throw new IllegalStateException("conversation is at " + flow + "/" + step + ", not at " + expectedFlow + "/"
                    + java.util.Arrays.toString(allowed));
        }
    }
}

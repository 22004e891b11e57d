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
class Conversation {

    enum Flow { TERRITORY_CHOICE }

    enum Step { REGION, MUNICIPALITY }

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

    Flow flow() {
        return flow;
    }

    Step step() {
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

package ru.hotline500.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A coordinator's answer kept as the territory's standing answer to a question. */
@Entity
@Table(name = "faq_entry")
class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Column(nullable = false)
    private String question;

    /** The question's terms ({@link ru.hotline500.answers.QuestionTerms}), space-separated. */
    @Column(nullable = false)
    private String terms;

    @Column(nullable = false)
    private String answer;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected FaqEntry() {
    }

    FaqEntry(String territoryId, String question, Set<String> terms, HandOffEntry answer, LocalDate answeredOn, long markedBy,
             Instant now) {
        this.territoryId = territoryId;
        this.question = question;
        this.terms = String.join(" ", terms);
        this.answer = answer.text();
        this.answeredBy = answer.authorName();
        this.answeredOn = answeredOn;
        this.entryId = answer.id();
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    Set<String> terms() {
        return terms.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(terms.split(" ")));
    }

    FaqAnswer toAnswer() {
        return new FaqAnswer(id, territoryId, question, answer, answeredBy, answeredOn);
    }
}

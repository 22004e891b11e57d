package ru.hotline500.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import ru.hotline500.visits.SchoolVisits;
import ru.hotline500.visits.Stage;

/**
 * What a territory's digest says on a day: roadmap items due within the next days and those whose date has passed
 * in the stage, each school's visits of the stage, the planned visits gone unconfirmed (inside the schools), and the
 * questions handed to the coordinators that wait for an answer longer than they should.
 */
public record Digest(String territoryName, LocalDate today, Stage stage, int horizonDays, List<DueItem> dueSoon,
                     List<DueItem> overdue, List<SchoolVisits> schools, List<WaitingQuestion> unanswered) {

    public Digest {
        Objects.requireNonNull(territoryName, "territoryName");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(stage, "stage");
        dueSoon = List.copyOf(dueSoon);
        overdue = List.copyOf(overdue);
        schools = List.copyOf(schools);
        unanswered = List.copyOf(unanswered);
    }

    /** The text as coordinators read it on a phone; the sender splits it only when it is over one message. */
    public String text() {
        return DigestText.of(this);
    }
}

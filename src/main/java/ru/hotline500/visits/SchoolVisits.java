package ru.hotline500.visits;

import java.util.List;
import java.util.Objects;
import ru.hotline500.people.Member;
import ru.hotline500.people.SchoolRef;

/** One school in a coordinator's view of a stage: its curators, the visits confirmed, the plans gone unconfirmed. */
public record SchoolVisits(SchoolRef school, List<Member> curators, List<Visit> visits, List<Plan> overduePlans) {

    public SchoolVisits {
        Objects.requireNonNull(school, "school");
        curators = List.copyOf(curators);
        visits = List.copyOf(visits);
        overduePlans = List.copyOf(overduePlans);
    }

    /** No visit confirmed in the stage yet. */
    public boolean missing() {
        return visits.isEmpty();
    }
}

package ru.hotline500.visits;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.people.Scope;

/** What coordinators see of a stage: each school of their territories with its curators, visits and missed plans. */
@Service
@Transactional(readOnly = true)
public class VisitOverview {

    private final Directory directory;
    private final VisitRepository visits;
    private final VisitPlans plans;

    VisitOverview(Directory directory, VisitRepository visits, VisitPlans plans) {
        this.directory = directory;
        this.visits = visits;
        this.plans = plans;
    }

    /** The schools of the scope, in name order; a school without a curator this year is listed too. */
    public List<SchoolVisits> of(Scope scope, Stage stage) {
        Map<SchoolRef, List<Member>> schools = directory.schoolsWithCurators(scope, stage.year());
        List<Long> ids = schools.keySet().stream().map(SchoolRef::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SchoolRef> byId = schools.keySet().stream().collect(Collectors.toMap(SchoolRef::id, s -> s));
        Map<Long, List<Visit>> visitsBySchool = visits.findBySchoolIdInAndWithdrawnFalseAndDateBetweenOrderByDateAscIdAsc(ids, stage.from(), stage.to())
                .stream().map(v -> v.toVisit(byId.get(v.schoolId()))).collect(Collectors.groupingBy(v -> v.school().id()));
        Map<Long, List<Plan>> overdue = plans.ofSchools(ids, stage).stream().filter(Plan::overdue)
                .collect(Collectors.groupingBy(p -> p.school().id()));
        return schools.entrySet().stream().map(e -> new SchoolVisits(e.getKey(), e.getValue(),
                visitsBySchool.getOrDefault(e.getKey().id(), List.of()), overdue.getOrDefault(e.getKey().id(), List.of()))).toList();
    }
}

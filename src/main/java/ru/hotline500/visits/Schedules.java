package ru.hotline500.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.people.NameKey;
import ru.hotline500.people.Role;
import ru.hotline500.people.RowProblem;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.people.Scope;
import ru.hotline500.tables.Headers;
import ru.hotline500.tables.TableFiles;
import ru.hotline500.tables.UnreadableTableException;

/**
 * A coordinator's schedule of visits (CSV or XLSX): each row a curator, a school and a day, all within the
 * coordinator's territory; every row checked first, then all plans added or none.
 */
@Service
public class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Directory directory;
    private final VisitPlans plans;
    private final VisitConfirmations confirmations;

    Schedules(Directory directory, VisitPlans plans, VisitConfirmations confirmations) {
        this.directory = directory;
        this.plans = plans;
        this.confirmations = confirmations;
    }

    /** Whether the file is a schedule of visits rather than something else (the people directory). */
    public static boolean isSchedule(byte[] content) {
        return isSchedule(TableFiles.head(content, Headers.HEADER_ROWS));
    }

    /** Whether the first rows of a table ({@link TableFiles#head}) name a schedule's columns. */
    public static boolean isSchedule(List<List<String>> head) {
        return ScheduleTable.looksLikeSchedule(head);
    }

    /** @throws UnreadableTableException when the file is not a readable table */
    @Transactional(noRollbackFor = UnreadableTableException.class)
    public ScheduleImport importSchedule(Member coordinator, byte[] content) {
        List<RowProblem> problems = new ArrayList<>();
        List<ScheduleTable.Row> rows = ScheduleTable.rows(TableFiles.read(content), problems);
        Scope scope = directory.scopeOf(coordinator);
        List<Member> people = directory.peopleIn(scope);
        List<SchoolRef> schools = directory.schoolsIn(scope);
        List<Checked> checked = new ArrayList<>();
        rows.forEach(row -> check(row, people, schools, coordinator, problems).ifPresent(checked::add));
        if (!problems.isEmpty()) {
            log.warn("Schedule from person {} refused: {} rows with problems, first: {}", coordinator.personId(), problems.size(), problems.get(0));
            return new ScheduleImport(rows.size(), 0, problems);
        }
        int added = 0;
        for (Checked plan : checked) {
            PlanOutcome outcome = plans.plan(plan.curator(), plan.schoolId(), plan.date(), coordinator.personId());
            added += outcome instanceof PlanOutcome.Planned planned && !planned.alreadyKnown() ? 1 : 0;
        }
        log.info("Schedule from person {}: {} rows, {} plans added", coordinator.personId(), rows.size(), added);
        return new ScheduleImport(rows.size(), added, List.of());
    }

    private record Checked(Member curator, long schoolId, LocalDate date) {
    }

    private Optional<Checked> check(ScheduleTable.Row row, List<Member> people, List<SchoolRef> schools, Member coordinator,
                                    List<RowProblem> problems) {
        Optional<Member> curator = people.stream().filter(p -> p.has(Role.CURATOR) && NameKey.of(p.fullName()).equals(NameKey.of(row.curator()))).findFirst();
        Optional<SchoolRef> school = schools.stream().filter(s -> NameKey.of(s.fullName()).equals(NameKey.of(row.school()))
                || NameKey.of(s.label()).equals(NameKey.of(row.school()))).findFirst();
        Optional<LocalDate> date = ScheduleTable.date(row.date(), confirmations.today(coordinator));
        String problem = curator.isEmpty() ? "куратора «" + row.curator() + "» нет среди кураторов вашей территории"
                : school.isEmpty() ? "школы «" + row.school() + "» нет в справочнике вашей территории"
                : date.isEmpty() ? "дата «" + row.date() + "» не понята (нужно, например, 15.03.2021)"
                : date.get().isBefore(confirmations.today(coordinator)) ? "дата " + row.date() + " уже прошла"
                : directory.curatorSchools(curator.get().personId(), date.get().getYear()).stream().noneMatch(s -> s.id() == school.get().id())
                ? "школа «" + row.school() + "» не закреплена за куратором " + row.curator() + " в " + date.get().getYear() + " году" : null;
        if (problem != null) {
            problems.add(new RowProblem(row.number(), problem));
            return Optional.empty();
        }
        return Optional.of(new Checked(curator.get(), school.get().id(), date.get()));
    }
}

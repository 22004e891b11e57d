package ru.hotline500.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.people.SchoolRef;
import ru.hotline500.territory.Territories;

/**
 * Planned visits and their reminders: the day before (from the morning hour of the school's territory), and once
 * more two days after a plan no visit confirmed; such a plan is also shown to the coordinators as overdue.
 */
@Service
public class VisitPlans {

    private static final Logger log = LoggerFactory.getLogger(VisitPlans.class);
    /** A visit confirmed up to this many days before the planned day fulfils the plan too. */
    private static final int EARLY_DAYS = 3;
    private static final int OVERDUE_AFTER_DAYS = 2;
    private static final int LOOK_BACK_DAYS = 30;

    private final PlanRepository plans;
    private final VisitRepository visits;
    private final Directory directory;
    private final Territories territories;
    private final VisitConfirmations confirmations;
    private final VisitsProperties properties;
    private final Clock clock;

    VisitPlans(PlanRepository plans, VisitRepository visits, Directory directory, Territories territories,
               VisitConfirmations confirmations, VisitsProperties properties, Clock clock) {
        this.plans = plans;
        this.visits = visits;
        this.directory = directory;
        this.territories = territories;
        this.confirmations = confirmations;
        this.properties = properties;
        this.clock = clock;
    }

    /** Adds a plan of the curator's own (or, by a coordinator's schedule, {@code author}'s) for one of their schools. */
    @Transactional
    public PlanOutcome plan(Member curator, long schoolId, LocalDate date, long authorId) {
        LocalDate today = confirmations.today(curator);
        boolean own = curator.has(Role.CURATOR) && directory.curatorSchools(curator.personId(), date.getYear()).stream()
                .anyMatch(s -> s.id() == schoolId);
        Optional<Refusal> refusal = !curator.has(Role.CURATOR) ? Optional.of(Refusal.NOT_A_CURATOR)
                : !own ? Optional.of(Refusal.NOT_YOUR_SCHOOL)
                : date.isBefore(today) ? Optional.of(Refusal.DATE_IN_PAST) : Optional.empty();
        if (refusal.isPresent()) {
            log.warn("Refused: plan of person {} at school {} on {}: {}", curator.personId(), schoolId, date, refusal.get());
            return new PlanOutcome.Refused(refusal.get());
        }
        Optional<PlannedVisit> same = plans.findByCuratorIdAndSchoolIdAndDate(curator.personId(), schoolId, date);
        if (same.isPresent()) {
            return new PlanOutcome.Planned(toPlan(same.get()), true);
        }
        PlannedVisit plan = plans.saveAndFlush(new PlannedVisit(curator.personId(), schoolId, date, authorId, clock.instant()));
        log.info("Visit planned: curator {}, school {}, {}", curator.personId(), schoolId, date);
        return new PlanOutcome.Planned(toPlan(plan), false);
    }

    @Transactional(readOnly = true)
    public List<Plan> upcoming(Member curator) {
        return plans.findByCuratorIdAndDateGreaterThanEqualOrderByDate(curator.personId(), confirmations.today(curator))
                .stream().map(this::toPlan).toList();
    }

    /** The curator's own plan; empty for anyone else's (the id may come from a forged button). */
    @Transactional(readOnly = true)
    public Optional<Plan> ownPlan(Member curator, long planId) {
        return plans.findById(planId).filter(p -> p.curatorId() == curator.personId()).map(this::toPlan);
    }

    /** Plans of these schools in the stage, each marked overdue when it went unconfirmed for two days. */
    @Transactional(readOnly = true)
    public List<Plan> ofSchools(Collection<Long> schoolIds, Stage stage) {
        return plans.findBySchoolIdInAndDateBetweenOrderByDate(schoolIds, stage.from(), stage.to()).stream().map(this::toPlan).toList();
    }

    /** The reminders due now, not yet sent, to curators with a Telegram account. */
    @Transactional(readOnly = true)
    public List<PlanReminder> dueReminders() {
        LocalDate utcToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<PlanReminder> due = new ArrayList<>();
        plans.findByRemindedBeforeAtIsNullAndDateBetween(utcToday.minusDays(1), utcToday.plusDays(2)).stream()
                .filter(this::dueBefore).forEach(p -> reminder(p, PlanReminder.Kind.BEFORE).ifPresent(due::add));
        plans.findByRemindedAfterAtIsNullAndDateBetween(utcToday.minusDays(LOOK_BACK_DAYS), utcToday.minusDays(1)).stream()
                .filter(this::dueAfter).forEach(p -> reminder(p, PlanReminder.Kind.AFTER).ifPresent(due::add));
        return due;
    }

    /** Marks the reminder sent, in the caller's transaction; false when it had been sent already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(PlanReminder reminder) {
        Instant now = clock.instant();
        long id = reminder.plan().id();
        return (reminder.kind() == PlanReminder.Kind.BEFORE ? plans.claimBefore(id, now) : plans.claimAfter(id, now)) == 1;
    }

    private boolean dueBefore(PlannedVisit plan) {
        ZonedDateTime local = localNow(plan);
        LocalDate day = local.toLocalDate();
        return (day.equals(plan.date().minusDays(1)) || day.equals(plan.date())) && !local.toLocalTime().isBefore(properties.remindAt());
    }

    private boolean dueAfter(PlannedVisit plan) {
        ZonedDateTime local = localNow(plan);
        return !local.toLocalTime().isBefore(properties.remindAt()) && overdueOn(plan, local.toLocalDate());
    }

    /** Two days past the planned day and no visit to that school by that curator from three days before it on. */
    private boolean overdueOn(PlannedVisit plan, LocalDate day) {
        return !day.isBefore(plan.date().plusDays(OVERDUE_AFTER_DAYS))
                && !visits.existsByCuratorIdAndSchoolIdAndWithdrawnFalseAndDateBetween(plan.curatorId(), plan.schoolId(),
                plan.date().minusDays(EARLY_DAYS), day);
    }

    private Optional<PlanReminder> reminder(PlannedVisit plan, PlanReminder.Kind kind) {
        return directory.telegramOf(plan.curatorId()).map(user -> new PlanReminder(toPlan(plan), kind, user));
    }

    private ZonedDateTime localNow(PlannedVisit plan) {
        return localNow(school(plan));
    }

    private ZonedDateTime localNow(SchoolRef school) {
        return ZonedDateTime.ofInstant(clock.instant(), territories.get(school.territoryId()).timeZone());
    }

    private SchoolRef school(PlannedVisit plan) {
        return directory.school(plan.schoolId()).orElseThrow();
    }

    private Plan toPlan(PlannedVisit plan) {
        SchoolRef school = school(plan);
        return new Plan(plan.id(), plan.curatorId(), school, plan.date(), overdueOn(plan, localNow(school).toLocalDate()));
    }
}

package ru.hotline500.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.people.Directory;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;
import ru.hotline500.people.SchoolRef;

/**
 * Curators' visits: confirmed, corrected and withdrawn, each checked here against the directory (a curator acts
 * only for their own schools of that year, on no future day and not before the roadmap year) whatever the screen
 * that asked. Every change is stored with its history before the caller says anything to the person.
 */
@Service
public class VisitConfirmations {

    private static final Logger log = LoggerFactory.getLogger(VisitConfirmations.class);

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final Directory directory;
    private final VisitCalendar calendar;
    private final Clock clock;

    VisitConfirmations(VisitRepository visits, VisitEventRepository events, Directory directory, VisitCalendar calendar, Clock clock) {
        this.visits = visits;
        this.events = events;
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Today in the person's territory. */
    public LocalDate today(Member member) {
        return calendar.today(member.territoryId());
    }

    public Stage currentStage(Member member) {
        return calendar.stageOf(today(member));
    }

    /** The stage a day belongs to. */
    public Stage stageOf(LocalDate date) {
        return calendar.stageOf(date);
    }

    /** Stage 1 or 2 of a year, with the settings' dates. */
    public Stage stage(int year, int number) {
        return calendar.stage(year, number);
    }

    /** The curator's schools this year; empty for someone who is not a curator. */
    @Transactional(readOnly = true)
    public List<SchoolRef> schoolsOf(Member curator) {
        return curator.has(Role.CURATOR) ? directory.curatorSchools(curator.personId(), today(curator).getYear()) : List.of();
    }

    /** Whether a visit (or, with {@code planned}, a plan) may be on that day; empty when it may. */
    public Optional<Refusal> checkDate(Member curator, LocalDate date, boolean planned) {
        LocalDate today = today(curator);
        if (planned) {
            return date.isBefore(today) ? Optional.of(Refusal.DATE_IN_PAST) : Optional.empty();
        }
        if (date.isAfter(today)) {
            return Optional.of(Refusal.DATE_IN_FUTURE);
        }
        return date.isBefore(calendar.earliest(curator.territoryId())) ? Optional.of(Refusal.DATE_BEFORE_ROADMAP_YEAR) : Optional.empty();
    }

    /** The first allowed day of a visit for this curator. */
    public LocalDate earliest(Member curator) {
        return calendar.earliest(curator.territoryId());
    }

    @Transactional(readOnly = true)
    public SchoolRef school(long schoolId) {
        return directory.school(schoolId).orElseThrow(() -> new IllegalArgumentException("no school " + schoolId));
    }

    @Transactional(readOnly = true)
    public PurposeSuggestion suggest(long schoolId, LocalDate date) {
        return calendar.suggest(school(schoolId).territoryId(), date);
    }

    @Transactional
    public VisitOutcome confirm(Member curator, long schoolId, LocalDate date, VisitPurpose purpose, String comment) {
        Optional<Refusal> refusal = check(curator, schoolId, date);
        if (refusal.isPresent()) {
            return refused(curator, "confirm a visit to school " + schoolId + " on " + date, refusal.get());
        }
        Optional<ConfirmedVisit> same = visits.findByActiveKey(ConfirmedVisit.activeKey(curator.personId(), schoolId, date));
        if (same.isPresent()) {
            return new VisitOutcome.Done(toVisit(same.get()), true);
        }
        ConfirmedVisit visit = visits.saveAndFlush(new ConfirmedVisit(curator.personId(), schoolId, date, purpose, comment, clock.instant()));
        events.save(visit.event(VisitEvent.Action.CONFIRMED, curator.personId(), clock.instant()));
        log.info("Visit {} confirmed: curator {}, school {}, {} ({})", visit.id(), curator.personId(), schoolId, date, purpose);
        return new VisitOutcome.Done(toVisit(visit), false);
    }

    @Transactional
    public VisitOutcome correct(Member curator, long visitId, LocalDate date, VisitPurpose purpose, String comment) {
        Optional<ConfirmedVisit> found = own(curator, visitId);
        if (found.isEmpty() || found.get().withdrawn()) {
            return refused(curator, "correct visit " + visitId, found.isEmpty() ? Refusal.NOT_YOUR_VISIT : Refusal.ALREADY_WITHDRAWN);
        }
        ConfirmedVisit visit = found.get();
        Optional<Refusal> refusal = check(curator, visit.schoolId(), date);
        if (refusal.isPresent()) {
            return refused(curator, "move visit " + visitId + " to " + date, refusal.get());
        }
        Optional<ConfirmedVisit> clash = visits.findByActiveKey(ConfirmedVisit.activeKey(curator.personId(), visit.schoolId(), date));
        if (clash.isPresent() && !clash.get().id().equals(visit.id())) {
            return new VisitOutcome.Done(toVisit(clash.get()), true);
        }
        visit.correct(date, purpose, comment, clock.instant());
        visits.saveAndFlush(visit);
        events.save(visit.event(VisitEvent.Action.CORRECTED, curator.personId(), clock.instant()));
        log.info("Visit {} corrected by curator {}: {} ({})", visitId, curator.personId(), date, purpose);
        return new VisitOutcome.Done(toVisit(visit), false);
    }

    @Transactional
    public VisitOutcome withdraw(Member curator, long visitId) {
        Optional<ConfirmedVisit> found = own(curator, visitId);
        if (found.isEmpty() || found.get().withdrawn()) {
            return refused(curator, "withdraw visit " + visitId, found.isEmpty() ? Refusal.NOT_YOUR_VISIT : Refusal.ALREADY_WITHDRAWN);
        }
        ConfirmedVisit visit = found.get();
        visit.withdraw(clock.instant());
        visits.saveAndFlush(visit);
        events.save(visit.event(VisitEvent.Action.WITHDRAWN, curator.personId(), clock.instant()));
        log.info("Visit {} withdrawn by curator {}", visitId, curator.personId());
        return new VisitOutcome.Done(toVisit(visit), false);
    }

    /** The curator's own visit, withdrawn or not; empty for anyone else's (the id may come from a forged button). */
    @Transactional(readOnly = true)
    public Optional<Visit> ownVisit(Member curator, long visitId) {
        return own(curator, visitId).map(this::toVisit);
    }

    /** The curator's standing visits of the stage, by date. */
    @Transactional(readOnly = true)
    public List<Visit> ofCurator(Member curator, Stage stage) {
        return visits.findByCuratorIdAndWithdrawnFalseAndDateBetweenOrderByDateAscIdAsc(curator.personId(), stage.from(), stage.to())
                .stream().map(this::toVisit).toList();
    }

    private Optional<ConfirmedVisit> own(Member curator, long visitId) {
        return visits.findById(visitId).filter(v -> v.curatorId() == curator.personId());
    }

    /** A curator, a possible day, then their own school that year: the reason named is the first that fails. */
    private Optional<Refusal> check(Member curator, long schoolId, LocalDate date) {
        if (!curator.has(Role.CURATOR)) {
            return Optional.of(Refusal.NOT_A_CURATOR);
        }
        Optional<Refusal> day = checkDate(curator, date, false);
        if (day.isPresent()) {
            return day;
        }
        boolean own = directory.curatorSchools(curator.personId(), date.getYear()).stream().anyMatch(s -> s.id() == schoolId);
        return own ? Optional.empty() : Optional.of(Refusal.NOT_YOUR_SCHOOL);
    }

    private Visit toVisit(ConfirmedVisit visit) {
        return visit.toVisit(directory.school(visit.schoolId()).orElseThrow());
    }

    private static VisitOutcome refused(Member who, String what, Refusal reason) {
        log.warn("Refused: person {} ({}) tried to {}: {}", who.personId(), who.fullName(), what, reason);
        return new VisitOutcome.Refused(reason);
    }
}

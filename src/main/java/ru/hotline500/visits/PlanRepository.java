package ru.hotline500.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<PlannedVisit, Long> {

    Optional<PlannedVisit> findByCuratorIdAndSchoolIdAndDate(long curatorId, long schoolId, LocalDate date);

    List<PlannedVisit> findByCuratorIdAndDateGreaterThanEqualOrderByDate(long curatorId, LocalDate from);

    List<PlannedVisit> findByRemindedBeforeAtIsNullAndDateBetween(LocalDate from, LocalDate to);

    List<PlannedVisit> findByRemindedAfterAtIsNullAndDateBetween(LocalDate from, LocalDate to);

    List<PlannedVisit> findBySchoolIdInAndDateBetweenOrderByDate(Collection<Long> schoolIds, LocalDate from, LocalDate to);

    /** Claims the reminder: 1 when this call is the one that sends it, 0 when it was sent already. */
    @Modifying
    @Query("update PlannedVisit p set p.remindedBeforeAt = :now where p.id = :id and p.remindedBeforeAt is null")
    int claimBefore(long id, Instant now);

    @Modifying
    @Query("update PlannedVisit p set p.remindedAfterAt = :now where p.id = :id and p.remindedAfterAt is null")
    int claimAfter(long id, Instant now);
}

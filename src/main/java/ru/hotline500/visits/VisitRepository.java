package ru.hotline500.visits;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<ConfirmedVisit, Long> {

    Optional<ConfirmedVisit> findByActiveKey(String activeKey);

    List<ConfirmedVisit> findByCuratorIdAndWithdrawnFalseAndDateBetweenOrderByDateAscIdAsc(long curatorId, LocalDate from, LocalDate to);

    List<ConfirmedVisit> findBySchoolIdInAndWithdrawnFalseAndDateBetweenOrderByDateAscIdAsc(Collection<Long> schoolIds, LocalDate from, LocalDate to);

    boolean existsByCuratorIdAndSchoolIdAndWithdrawnFalseAndDateBetween(long curatorId, long schoolId, LocalDate from, LocalDate to);
}

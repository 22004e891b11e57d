package ru.hotline500.visits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitEventRepository extends JpaRepository<VisitEvent, Long> {

    List<VisitEvent> findByVisitIdOrderByIdAsc(long visitId);
}

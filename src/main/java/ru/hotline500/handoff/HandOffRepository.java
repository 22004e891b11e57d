package ru.hotline500.handoff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandOffRepository extends JpaRepository<HandOff, Long> {

    List<HandOff> findByTerritoryIdInAndStatusAndWaitingSinceBeforeOrderByWaitingSince(Collection<String> territoryIds,
                                                                                        HandOff.Status status, Instant before);
}

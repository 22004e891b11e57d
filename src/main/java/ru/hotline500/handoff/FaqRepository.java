package ru.hotline500.handoff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqRepository extends JpaRepository<FaqEntry, Long> {

    List<FaqEntry> findByTerritoryIdOrderByIdDesc(String territoryId);

    Optional<FaqEntry> findByEntryId(long entryId);
}

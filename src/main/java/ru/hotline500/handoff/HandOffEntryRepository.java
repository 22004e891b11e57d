package ru.hotline500.handoff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandOffEntryRepository extends JpaRepository<HandOffEntry, Long> {

    Optional<HandOffEntry> findFirstByHandOffIdAndAuthorOrderByIdDesc(long handOffId, HandOffEntry.Author author);
}

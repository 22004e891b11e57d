package ru.hotline500.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {

    Optional<School> findByTerritoryIdAndNameKey(String territoryId, String nameKey);

    List<School> findByTerritoryIdInOrderByFullName(Collection<String> territoryIds);
}

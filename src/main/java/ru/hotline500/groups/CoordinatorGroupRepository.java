package ru.hotline500.groups;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinatorGroupRepository extends JpaRepository<CoordinatorGroup, Long> {

    Optional<CoordinatorGroup> findFirstByTerritoryIdOrderByBoundAt(String territoryId);
}

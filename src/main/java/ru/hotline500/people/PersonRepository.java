package ru.hotline500.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByTerritoryIdAndNameKey(String territoryId, String nameKey);
}

package ru.hotline500.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByTerritoryIdAndNameKey(String territoryId, String nameKey);

    Optional<Person> findByTelegramUserId(long telegramUserId);

    List<Person> findByTerritoryIdInOrderByFullName(Collection<String> territoryIds);

    List<Person> findByNameKeyContaining(String nameKey);
}

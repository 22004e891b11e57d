package ru.hotline500.territory;

import org.springframework.data.jpa.repository.JpaRepository;

interface TerritoryRepository extends JpaRepository<TerritoryEntity, String> {
}

package ru.hotline500.telegram;

import org.springframework.data.jpa.repository.JpaRepository;

interface AskerRepository extends JpaRepository<AskerTerritory, Long> {
}

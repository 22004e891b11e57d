package ru.hotline500.digest;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinatorGroupRepository extends JpaRepository<CoordinatorGroup, Long> {
}

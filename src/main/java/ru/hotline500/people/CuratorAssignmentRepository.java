package ru.hotline500.people;

import org.springframework.data.jpa.repository.JpaRepository;

interface CuratorAssignmentRepository extends JpaRepository<CuratorAssignment, CuratorAssignment.Key> {
}

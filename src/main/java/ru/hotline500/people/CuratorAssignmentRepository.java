package ru.hotline500.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CuratorAssignmentRepository extends JpaRepository<CuratorAssignment, CuratorAssignment.Key> {

    List<CuratorAssignment> findByKeyPersonIdAndKeyYear(long personId, int year);

    List<CuratorAssignment> findByKeySchoolIdInAndKeyYear(Collection<Long> schoolIds, int year);
}

package ru.hotline500.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, String> {

    List<Invitation> findByPersonIdAndUsedAtIsNull(long personId);
}

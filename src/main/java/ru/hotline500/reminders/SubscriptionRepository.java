package ru.hotline500.reminders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    List<Subscription> findByEnabledTrue();
}

package ru.hotline500.reminders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemReminderRepository extends JpaRepository<ItemReminder, Long> {

    List<ItemReminder> findByUserIdOrderById(long userId);

    Optional<ItemReminder> findByUserIdAndTerritoryIdAndRoadmapYearAndItemNumber(long userId, String territoryId, int roadmapYear,
                                                                                 String itemNumber);
}

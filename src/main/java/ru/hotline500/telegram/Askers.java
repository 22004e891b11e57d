package ru.hotline500.telegram;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.hotline500.reminders.Reminders;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/** Which territory each person asks about. */
@Component
class Askers {

    private final AskerRepository repository;
    private final Territories territories;
    private final Clock clock;
    private final Reminders reminders;

    Askers(AskerRepository repository, Territories territories, Clock clock, Reminders reminders) {
        this.reminders = reminders;
        this.repository = repository;
        this.territories = territories;
        this.clock = clock;
    }

    Optional<Territory> territoryOf(ChatUser person) {
        return repository.findById(person.userId()).map(AskerTerritory::territoryId).flatMap(territories::find);
    }

    Optional<Territory> territory(String territoryId) {
        return territories.find(territoryId);
    }

    /** The person's reminders, if they have any, follow the territory they now ask about. */
    void choose(ChatUser person, String territoryId) {
        AskerTerritory asker = repository.findById(person.userId()).orElseGet(() -> new AskerTerritory(person, clock.instant()));
        asker.chooseTerritory(territoryId, clock.instant());
        repository.save(asker);
        reminders.follow(person.userId(), territoryId);
    }

    /** "Дубовский район (Ростовская область)". */
    String describe(Territory territory) {
        return territory.parentId() == null ? territory.name()
                : territory.name() + territories.find(territory.parentId()).map(r -> " (" + r.name() + ")").orElse("");
    }
}

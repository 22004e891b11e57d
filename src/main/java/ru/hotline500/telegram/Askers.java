package ru.hotline500.telegram;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/** Which territory each person asks about. */
@Component
public class Askers {

    private final AskerRepository repository;
    private final Territories territories;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Askers(AskerRepository repository, Territories territories, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.territories = territories;
        this.clock = clock;
    }

    public Optional<Territory> territoryOf(ChatUser person) {
        return repository.findById(person.userId()).map(AskerTerritory::territoryId).flatMap(territories::find);
    }

    public Optional<Territory> territory(String territoryId) {
        return territories.find(territoryId);
    }

    /** The person asks about that territory from now on ({@link TerritoryChosen}: their reminders follow). */
    public void choose(ChatUser person, String territoryId) {
        AskerTerritory asker = repository.findById(person.userId()).orElseGet(() -> new AskerTerritory(person, clock.instant()));
        asker.chooseTerritory(territoryId, clock.instant());
        repository.save(asker);
        events.publishEvent(new TerritoryChosen(person.userId(), territoryId));
    }

    /** "Дубовский район (Ростовская область)". */
    public String describe(Territory territory) {
        return territory.parentId() == null ? territory.name()
                : territory.name() + territories.find(territory.parentId()).map(r -> " (" + r.name() + ")").orElse("");
    }
}

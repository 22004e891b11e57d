package ru.hotline500.territory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territories known to the application: regions and their municipalities. Looked up by id from a cache. */
@Service
public class Territories {

    static final String CACHE = "territories";
    static final String ALL_CACHE = "territory-list";

    private final TerritoryRepository repository;

    Territories(TerritoryRepository repository) {
        this.repository = repository;
    }

    /** Adds the territory or updates its name, kind, region and time zone. */
    @Transactional
    @CacheEvict(cacheNames = {CACHE, ALL_CACHE}, allEntries = true)
    public void save(Territory territory) {
        if (territory.parentId() != null) {
            Territory parent = find(territory.parentId()).orElseThrow(() -> new UnknownTerritoryException(territory.parentId()));
            if (parent.kind() != TerritoryKind.REGION) {
                throw new IllegalArgumentException("parent of " + territory.id() + " is not a region: " + parent.id());
            }
        }
        repository.findById(territory.id())
                .ifPresentOrElse(entity -> entity.update(territory), () -> repository.save(new TerritoryEntity(territory)));
    }

    @Cacheable(cacheNames = CACHE, unless = "#result == null")
    public Optional<Territory> find(String id) {
        return repository.findById(id).map(TerritoryEntity::toTerritory);
    }

    /** The territory with this id, or an {@link UnknownTerritoryException} naming it. */
    @Cacheable(cacheNames = CACHE, unless = "#result == null")
    public Territory get(String id) {
        return find(id).orElseThrow(() -> new UnknownTerritoryException(id));
    }

    /** All territories: regions first, then municipalities, each group sorted by id. */
    @Transactional(readOnly = true)
    @Cacheable(cacheNames = ALL_CACHE, key = "'all'")
    public List<Territory> all() {
        return repository.findAll().stream()
                .map(TerritoryEntity::toTerritory)
                .sorted(Comparator.comparing(Territory::kind).thenComparing(Territory::id))
                .toList();
    }
}

package ru.hotline500.roadmap;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.hotline500.roadmap.ImportReport.Outcome;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * The roadmaps feature: reads roadmap documents, stores them per territory and year, and gives them back.
 * An import is one transaction: a refused or failing document leaves the database as it was.
 */
@Service
public class Roadmaps {

    private static final Logger log = LoggerFactory.getLogger(Roadmaps.class);

    private final RoadmapRepository repository;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoadmapReader reader;
    private final TerritoryDetector detector = new TerritoryDetector();

    Roadmaps(RoadmapRepository repository, Territories territories, ApplicationEventPublisher events, Clock clock,
             RoadmapProperties properties) {
        this.repository = repository;
        this.territories = territories;
        this.events = events;
        this.clock = clock;
        this.reader = new RoadmapReader(properties.maxFileSize().toBytes());
    }

    /**
     * Imports one document. Without a territory the document must name a known one; without a year it must
     * state its year. The same file imported again changes nothing; a new file for the same territory and year
     * replaces the old roadmap.
     *
     * @throws RoadmapRejectedException with a Russian reason when the document cannot be imported
     */
    @Transactional
    public ImportReport importDocument(ImportRequest request) {
        ParsedRoadmap parsed = reader.read(request.fileName(), request.content(), request.year());
        Territory territory = request.territoryId() != null
                ? territories.get(request.territoryId())
                : detector.detect(parsed, territories.all()).orElseThrow(() -> new RoadmapRejectedException(
                        "Не удалось определить территорию по тексту документа. Укажите её явно, например: --territory dubovsky."));
        String hash = sha256(request.content());
        Optional<RoadmapEntity> existing = repository.findByTerritoryIdAndYear(territory.id(), parsed.year());
        if (existing.isPresent() && existing.get().contentHash().equals(hash)) {
            return ImportReport.of(request.fileName(), territory, parsed, Outcome.UNCHANGED);
        }
        existing.ifPresent(old -> repository.deleteCascading(old.id()));
        RoadmapEntity saved = repository.save(new RoadmapEntity(territory.id(), RoadmapLevel.of(territory.kind()),
                request.fileName(), hash, clock.instant(), parsed));
        events.publishEvent(new RoadmapImported(saved.id(), territory.id(), parsed.year(), saved.itemCount()));
        log.info("Roadmap {} imported for {} {}: {} items, {} deadlines not understood",
                request.fileName(), territory.id(), parsed.year(), saved.itemCount(), parsed.unparsedDeadlines().size());
        return ImportReport.of(request.fileName(), territory, parsed, existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED);
    }

    /** Reads a document without storing anything. */
    public ParsedRoadmap parse(String fileName, byte[] content, Integer year) {
        return reader.read(fileName, content, year);
    }

    @Transactional(readOnly = true)
    public List<RoadmapSummary> list() {
        return repository.summaries();
    }

    /** The territory's roadmap of that year, or of its latest year when {@code year} is null. */
    @Cacheable(cacheNames = RoadmapCache.NAME, key = "#territoryId + '/' + #year")
    @Transactional(readOnly = true)
    public Optional<StoredRoadmap> find(String territoryId, Integer year) {
        territories.get(territoryId);
        Optional<RoadmapEntity> entity = year != null
                ? repository.findByTerritoryIdAndYear(territoryId, year)
                : repository.findByTerritoryIdOrderByYearDesc(territoryId).stream().findFirst();
        return entity.map(RoadmapEntity::toStored);
    }

    /** Every stored roadmap of the territory, latest year first; empty for a territory without any. */
    @Cacheable(cacheNames = RoadmapCache.NAME, key = "'all/' + #territoryId")
    @Transactional(readOnly = true)
    public List<StoredRoadmap> ofTerritory(String territoryId) {
        return repository.findByTerritoryIdOrderByYearDesc(territoryId).stream().map(RoadmapEntity::toStored).toList();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package ru.hotline500.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import ru.hotline500.territory.Territories;
import ru.hotline500.territory.Territory;

/**
 * On start, adds the sample territories that are missing and, when the database holds no roadmap yet, imports
 * the sample roadmaps, so that a fresh start has real data. Reads {@code config/roadmaps/} of the working
 * directory when it exists, else the copy inside the jar. A broken sample file is reported and skipped.
 */
@Component
class SampleRoadmapsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleRoadmapsLoader.class);
    private static final String PACKAGED = "classpath:sample/roadmaps/";

    private final Roadmaps roadmaps;
    private final Territories territories;
    private final RoadmapProperties properties;
    private final ResourceLoader resources;

    SampleRoadmapsLoader(Roadmaps roadmaps, Territories territories, RoadmapProperties properties, ResourceLoader resources) {
        this.roadmaps = roadmaps;
        this.territories = territories;
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.loadSample()) {
            return;
        }
        String base = baseLocation();
        SampleManifest manifest;
        try (InputStream input = resources.getResource(base + "manifest.yml").getInputStream()) {
            manifest = SampleManifest.read(input);
        }
        manifest.territories().stream().filter(t -> territories.find(t.id()).isEmpty()).forEach(territories::save);
        if (!roadmaps.isEmpty()) {
            log.info("В базе {} дорожных карт(ы); образцы не загружаются (они загружаются только в пустую базу).", roadmaps.list().size());
            return;
        }
        List<String> loaded = new ArrayList<>();
        manifest.roadmaps().forEach(entry -> importSample(base, entry).ifPresent(loaded::add));
        log.info("Загружены образцы дорожных карт из {} ({}):\n  {}", base, loaded.size(), String.join("\n  ", loaded));
    }

    private String baseLocation() {
        Resource directory = resources.getResource("file:" + properties.sampleDir() + "/manifest.yml");
        return directory.exists() ? "file:" + properties.sampleDir() + "/" : PACKAGED;
    }

    private Optional<String> importSample(String base, SampleManifest.Entry entry) {
        try (InputStream input = resources.getResource(base + entry.file()).getInputStream()) {
            Territory territory = territories.get(entry.territory());
            if (entry.level() != RoadmapLevel.of(territory.kind())) {
                throw new IllegalArgumentException("в manifest.yml уровень " + entry.level() + " не подходит территории " + territory.id());
            }
            ImportReport report = roadmaps.importDocument(new ImportRequest(entry.file(), input.readAllBytes(), entry.territory(), entry.year()));
            return Optional.of(String.format("%s, %d год: %d пунктов, сроков не распознано: %d (%s)",
                    territory.name(), report.year(), report.items(), report.unparsedDeadlines().size(), entry.file()));
        } catch (IOException | RuntimeException e) {
            log.error("Образец {} не загружен: {}", entry.file(), e.getMessage(), e);
            return Optional.empty();
        }
    }
}

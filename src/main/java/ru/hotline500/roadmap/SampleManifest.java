package ru.hotline500.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

/** {@code manifest.yml} of the sample roadmaps: the territories, then which file is whose roadmap of which year. */
record SampleManifest(List<Territory> territories, List<Entry> roadmaps) {

    record Entry(String file, String territory, RoadmapLevel level, Integer year) {
    }

    static SampleManifest read(InputStream input) throws IOException {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
        if (root == null) {
            throw new IOException("manifest is empty");
        }
        return new SampleManifest(list(root, "territories").stream().map(SampleManifest::territory).toList(),
                list(root, "roadmaps").stream().map(SampleManifest::entry).toList());
    }

    private static Territory territory(Map<String, Object> map) {
        try {
            return new Territory(text(map, "id"), text(map, "name"), TerritoryKind.valueOf(upper(map, "kind")),
                    (String) map.get("parent"), ZoneId.of(text(map, "time-zone")));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("manifest: wrong territory " + map + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(Map<String, Object> map) {
        Object year = map.get("year");
        return new Entry(text(map, "file"), text(map, "territory"), RoadmapLevel.valueOf(upper(map, "level")),
                year == null ? null : Integer.valueOf(year.toString()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        Object value = root.get(key);
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("manifest: '" + key + "' must be a list");
        }
        return (List<Map<String, Object>>) value;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("manifest: '" + key + "' is missing in " + map);
        }
        return value.toString().strip();
    }

    private static String upper(Map<String, Object> map, String key) {
        return text(map, key).toUpperCase(Locale.ROOT);
    }
}

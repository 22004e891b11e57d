package ru.hotline500.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.hotline500.roadmap.DateWindow;
import ru.hotline500.roadmap.Deadline;
import ru.hotline500.roadmap.RoadmapItem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public JSON form of an item, one object per line: number, section, action, responsible, indicator,
 * deadline {text, kind, windows [{start, end}], start, end}. Keep it stable: scripts read it.
 */
final class ItemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ItemJson() {
    }

    static String line(RoadmapItem item) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("number", item.number());
        object.put("section", item.section());
        object.put("action", item.action());
        object.put("responsible", item.responsible());
        object.put("indicator", item.indicator());
        object.put("deadline", deadline(item.deadline()));
        if (!item.extras().isEmpty()) {
            object.put("extras", item.extras());
        }
        return JSON.writeValueAsString(object);
    }

    private static Map<String, Object> deadline(Deadline deadline) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("text", deadline.text());
        object.put("kind", deadline.kind().jsonName());
        List<Map<String, Object>> windows = new ArrayList<>();
        for (DateWindow window : deadline.windows()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("start", iso(window.start()));
            w.put("end", iso(window.end()));
            windows.add(w);
        }
        object.put("windows", windows);
        object.put("start", iso(deadline.start()));
        object.put("end", iso(deadline.end()));
        return object;
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}

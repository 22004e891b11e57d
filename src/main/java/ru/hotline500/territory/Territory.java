package ru.hotline500.territory;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A territory of the programme. A municipality has its region as {@code parentId}; a region has none.
 *
 * @param id       short stable id used in commands and files, e.g. {@code dubovsky}
 * @param name     name in the nominative case, e.g. "Дубовский район"
 * @param timeZone the territory's own time zone: deadlines and "today" are counted in it
 */
public record Territory(String id, String name, TerritoryKind kind, String parentId, ZoneId timeZone) {

    public Territory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timeZone, "timeZone");
        if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("territory id must be lower-case latin letters, digits, '-' or '_': " + id);
        }
        if (kind == TerritoryKind.MUNICIPALITY && parentId == null) {
            throw new IllegalArgumentException("municipality " + id + " needs its region as parent");
        }
        if (kind == TerritoryKind.REGION && parentId != null) {
            throw new IllegalArgumentException("region " + id + " cannot have a parent");
        }
    }
}

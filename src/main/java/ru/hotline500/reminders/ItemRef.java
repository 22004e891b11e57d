package ru.hotline500.reminders;

import java.util.Objects;
import ru.hotline500.roadmap.SourcedItem;

/**
 * One roadmap item as a reminder names it: the roadmap's territory and year and the item's number. It survives a new
 * import of the same roadmap (which replaces the stored rows and their ids); a renumbered roadmap moves it.
 */
public record ItemRef(String territoryId, int year, String number) {

    public ItemRef {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(number, "number");
        if (territoryId.isBlank() || number.isBlank() || number.length() > 32) {
            throw new IllegalArgumentException("not an item reference: " + territoryId + "/" + year + "/" + number);
        }
    }

    /** The reference of a stored item. */
    public static ItemRef of(SourcedItem item) {
        return new ItemRef(item.territoryId(), item.year(), item.item().number());
    }
}

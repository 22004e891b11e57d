package ru.hotline500.groups;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** Where a territory's digest goes: the group, the forum topic it was bound in (null outside forums), and when. */
public record GroupBinding(long chatId, Integer threadId, String territoryId, DayOfWeek day, LocalTime time) {

    public GroupBinding {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }
}

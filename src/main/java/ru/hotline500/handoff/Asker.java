package ru.hotline500.handoff;

import java.util.Objects;

/**
 * Who asked, as the coordinators see it: {@code name} ("Иванова Мария Петровна" from the directory, or the Telegram
 * name), {@code from} ("куратор, Дубовский район" or "нет в справочнике, Дубовский район").
 */
public record Asker(long telegramUserId, String name, String from) {

    public Asker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
    }
}

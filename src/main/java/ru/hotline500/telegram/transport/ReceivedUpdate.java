package ru.hotline500.telegram.transport;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One element of a getUpdates answer as it came: its id (null when even that cannot be read), its JSON as received,
 * and either the update read from it or why it could not be read (then it is quarantined, not answered).
 */
record ReceivedUpdate(Long id, String json, Update update, String problem) {

    boolean readable() {
        return update != null;
    }
}

package ru.hotline500.telegram.transport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * The long-polling sessions' threads, made by us so that they stop with the application: the library's own are not
 * daemons and are not shut down when it closes (known: TelegramBots #1513, #1553), so a closed application went on
 * polling and its JVM never exited (seen in the digest benchmark).
 */
final class PollingThreads implements Supplier<ScheduledExecutorService>, AutoCloseable {

    private final List<ScheduledExecutorService> made = new CopyOnWriteArrayList<>();

    @Override
    public ScheduledExecutorService get() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
        made.add(executor);
        return executor;
    }

    @Override
    public void close() {
        made.forEach(ScheduledExecutorService::shutdownNow);
    }
}

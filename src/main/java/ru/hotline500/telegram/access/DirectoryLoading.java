package ru.hotline500.telegram.access;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.people.DirectoryImport;
import ru.hotline500.people.ImportInterruptedException;
import ru.hotline500.people.Member;
import ru.hotline500.people.People;
import ru.hotline500.tables.UnreadableTableException;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.FileDownloads;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.access.ImportJobs.Job;
import ru.hotline500.telegram.access.ImportJobs.State;
import ru.hotline500.telegram.outbox.Outbox;

/**
 * Loads directory files off the update's thread, one at a time: the sender is answered at once that the file is
 * being loaded (the update is confirmed with that answer), and told through the outbox when it is done or why not.
 * The import, the end of its job and the summary are one transaction, so a file is loaded whole with its summary or
 * not at all. Stopping the application stops the import under way, which is rolled back, and tells its sender to
 * send the file again; a job that a killed process left running is told the same at the next start.
 */
@Component
class DirectoryLoading implements SmartLifecycle {

    /** Files waiting while one loads; more are refused, so that waiting files do not pile up in memory. */
    static final int WAITING = 3;
    /** How long stopping waits for the import under way to notice and roll back; what is left is told at the next start. */
    private static final Duration STOPPING = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DirectoryLoading.class);

    private final People people;
    private final ImportJobs jobs;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final ObjectProvider<FileDownloads> bot;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "directory-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean stopping;
    private volatile boolean running;

    DirectoryLoading(People people, ImportJobs jobs, Outbox outbox, TransactionTemplate transactions, ObjectProvider<FileDownloads> bot) {
        this.people = people;
        this.jobs = jobs;
        this.outbox = outbox;
        this.transactions = transactions;
        this.bot = bot;
    }

    /**
     * Takes a directory file to load: records its job in the caller's transaction (the update's) and returns the
     * answer to send now; the import begins once that transaction commits.
     */
    List<Outgoing> accept(ChatRef chat, Member sender, String fileName, byte[] content) {
        if (accepted.get() > WAITING) {
            return List.of(Outgoing.Message.text(chat, FileReplies.BUSY));
        }
        Job job = jobs.begin(chat.id(), sender.personId(), fileName);
        boolean queued = accepted.getAndIncrement() > 0;
        afterCommit(() -> submit(job, content));
        return List.of(Outgoing.Message.text(chat, queued ? FileReplies.QUEUED : FileReplies.ACCEPTED));
    }

    private void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    action.run();
                } else {
                    accepted.decrementAndGet();
                }
            }
        });
    }

    private void submit(Job job, byte[] content) {
        try {
            worker.execute(() -> load(job, content));
        } catch (RejectedExecutionException e) {
            accepted.decrementAndGet();
            log.warn("Directory import job {} not started: the application is stopping; its sender is told at the next start", job.id());
        }
    }

    private void load(Job job, byte[] content) {
        long began = System.nanoTime();
        try {
            if (stopping) {
                throw new ImportInterruptedException();
            }
            transactions.executeWithoutResult(status -> {
                DirectoryImport result = people.importTable(content, () -> stopping);
                if (!end(job, result.accepted() ? State.DONE : State.FAILED, result.rows(), FileReplies.loaded(result))) {
                    status.setRollbackOnly();
                }
                log.info("Directory import job {} ({}) from person {} ended in {} ms: {}", job.id(), job.fileName(), job.personId(),
                        (System.nanoTime() - began) / 1_000_000, result);
            });
        } catch (ImportInterruptedException e) {
            log.warn("Directory import job {} ({}) stopped by the application's stop and rolled back", job.id(), job.fileName());
            endApart(job, State.INTERRUPTED, FileReplies.interrupted(job.fileName()));
        } catch (UnreadableTableException e) {
            log.warn("Directory import job {} ({}) refused: {}", job.id(), job.fileName(), e.technicalCause());
            endApart(job, State.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Directory import job {} ({}) failed", job.id(), job.fileName(), e);
            endApart(job, State.FAILED, FileReplies.FAILED);
        } finally {
            accepted.decrementAndGet();
        }
    }

    /** Ends the job and puts out what its sender reads, in the caller's transaction; false when it was ended already. */
    private boolean end(Job job, State state, Integer rows, String text) {
        if (!jobs.end(job.id(), state, rows)) {
            log.warn("Directory import job {} was ended already; its end as {} is dropped", job.id(), state);
            return false;
        }
        outbox.store(List.of(Outgoing.Message.text(ChatRef.privateChat(job.chatId()), text)));
        return true;
    }

    private void endApart(Job job, State state, String text) {
        try {
            transactions.executeWithoutResult(status -> end(job, state, null, text));
        } catch (RuntimeException e) {
            log.error("Directory import job {} could not be ended as {} ({}); the next start tells its sender", job.id(), state, e.toString());
        }
    }

    /** Jobs the previous process left running (it was killed mid-import) are interrupted: their senders are told once. */
    @Override
    public void start() {
        running = true;
        if (bot.getIfAvailable() == null) {
            return;
        }
        for (Job job : jobs.running()) {
            log.warn("Directory import job {} ({}) was cut off by a restart; telling its sender", job.id(), job.fileName());
            endApart(job, State.INTERRUPTED, FileReplies.interrupted(job.fileName()));
        }
    }

    /** Stops the import under way (rolled back) and those waiting; each sender is told to send the file again. */
    @Override
    public void stop() {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(STOPPING.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A directory import is still running after {} s; it is rolled back as the application stops, "
                        + "and its sender is told at the next start", STOPPING.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the bot polls and stops after it, before the outbox sender: what stopping says still leaves. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1000;
    }
}

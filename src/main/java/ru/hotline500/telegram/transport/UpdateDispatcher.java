package ru.hotline500.telegram.transport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.outbox.Outbox;

/**
 * Answers updates concurrently across chats and in order within a chat: each chat's updates are chained one after
 * another on a shared pool, so a slow answer in one chat does not hold up the others. An update is answered in
 * one transaction with its replies; a handler that throws gets the person a short apology, and the next update
 * goes on.
 */
class UpdateDispatcher {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateInbox inbox;
    private final BotRouter router;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final ExecutorService workers;
    private final Map<Long, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();
    private volatile UpdateMapper mapper;

    UpdateDispatcher(UpdateInbox inbox, BotRouter router, Outbox outbox, TransactionTemplate transactions, ExecutorService workers) {
        this.inbox = inbox;
        this.router = router;
        this.outbox = outbox;
        this.transactions = transactions;
        this.workers = workers;
    }

    void knowBot(UpdateMapper mapper) {
        this.mapper = mapper;
    }

    void dispatch(List<Update> updates) {
        for (Update update : updates) {
            Inbound inbound = map(update);
            long key = inbound.chat() == null ? 0 : inbound.chat().id();
            chains.compute(key, (chat, tail) -> {
                CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
                CompletableFuture<Void> next = previous.thenRunAsync(() -> answer(inbound), workers);
                next.whenComplete((done, error) -> chains.remove(chat, next));
                return next;
            });
        }
    }

    /** Updates that were tried too often: the person gets the apology, and the update is closed. */
    void giveUp(List<Update> updates, String why) {
        for (Update update : updates) {
            log.warn("Update {} given up ({}); the person gets an apology", update.getUpdateId(), why);
            apologise(map(update), new IllegalStateException(why));
        }
    }

    private Inbound map(Update update) {
        try {
            return mapper.map(update);
        } catch (RuntimeException e) {
            log.warn("Update {} not understood: {}", update.getUpdateId(), e.toString());
            return new Inbound.Ignored(update.getUpdateId(), null, "not understood: " + e);
        }
    }

    private void answer(Inbound inbound) {
        try {
            transactions.executeWithoutResult(status -> {
                if (inbox.markDone(inbound.updateId(), "DONE", null)) {
                    outbox.store(router.route(inbound));
                }
            });
        } catch (RuntimeException e) {
            log.error("Update {} from chat {} failed: {}", inbound.updateId(), inbound.chat() == null ? null : inbound.chat().id(), e.toString(), e);
            apologise(inbound, e);
        }
    }

    private void apologise(Inbound inbound, RuntimeException failure) {
        try {
            transactions.executeWithoutResult(status -> {
                String error = String.valueOf(failure);
                if (inbox.markDone(inbound.updateId(), "FAILED", error.substring(0, Math.min(1000, error.length())))) {
                    outbox.store(router.apology(inbound));
                }
            });
        } catch (RuntimeException e) {
            log.error("Could not even apologise for update {}: {}", inbound.updateId(), e.toString());
        }
    }
}

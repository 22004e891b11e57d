package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.telegram.outbox.OutboxMessage;

/**
 * Sends scheduled things exactly once: each is claimed and its messages are put into the outbox in one transaction,
 * so a restart neither repeats nor loses one (used by visit reminders, digests and deadline reminders).
 */
@Component
public class ClaimedSends {

    private static final Logger log = LoggerFactory.getLogger(ClaimedSends.class);

    private final Outbox outbox;
    private final TransactionTemplate transactions;

    ClaimedSends(Outbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * For each due thing, in a transaction of its own: {@code claim} claims it and returns what to send (nothing when
     * it was claimed already), which is stored in the outbox. Returns everything stored.
     */
    public <T> List<OutboxMessage> each(Collection<T> due, Function<T, List<? extends Outgoing>> claim, Function<T, String> what) {
        List<OutboxMessage> sent = new ArrayList<>();
        for (T item : due) {
            List<OutboxMessage> stored = transactions.execute(status -> {
                List<? extends Outgoing> messages = claim.apply(item);
                return messages.isEmpty() ? List.<OutboxMessage>of() : outbox.store(messages);
            });
            if (stored != null && !stored.isEmpty()) {
                sent.addAll(stored);
                log.info("Put out: {}", what.apply(item));
            }
        }
        return sent;
    }
}

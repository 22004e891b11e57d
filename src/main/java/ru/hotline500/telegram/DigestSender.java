package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.digest.DigestSchedule;
import ru.hotline500.digest.Digests;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.telegram.outbox.OutboxMessage;

/**
 * Puts the scheduled digests that are due into the outbox, each in one transaction with its claim, so a restart
 * neither repeats nor loses one; the outbox's limits then spread many groups over time. Groups of one territory due
 * on the same day get the same text, built once per run.
 */
@Component
class DigestSender {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final DigestSchedule schedule;
    private final Digests digests;
    private final Outbox outbox;
    private final GroupChats chats;
    private final TransactionTemplate transactions;

    DigestSender(DigestSchedule schedule, Digests digests, Outbox outbox, GroupChats chats, TransactionTemplate transactions) {
        this.schedule = schedule;
        this.digests = digests;
        this.outbox = outbox;
        this.chats = chats;
        this.transactions = transactions;
    }

    /** Returns what was put into the outbox. */
    List<OutboxMessage> sendDue() {
        List<OutboxMessage> sent = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (DigestSchedule.Due due : schedule.due()) {
            String text = texts.computeIfAbsent(due.group().territoryId() + "/" + due.day(),
                    key -> digests.build(due.group().territoryId(), due.day()).text());
            List<OutboxMessage> stored = transactions.execute(status -> schedule.claim(due) ? outbox.store(List.of(message(due, text))) : List.of());
            if (stored != null && !stored.isEmpty()) {
                sent.addAll(stored);
                log.info("Digest of {} for {} put out to group {}", due.group().territoryId(), due.day(), due.group().chatId());
            }
        }
        return sent;
    }

    private Outgoing.Message message(DigestSchedule.Due due, String text) {
        return Outgoing.Message.text(chats.of(due.group()), text);
    }
}

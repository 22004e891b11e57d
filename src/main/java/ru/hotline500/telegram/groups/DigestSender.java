package ru.hotline500.telegram.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.hotline500.digest.DigestSchedule;
import ru.hotline500.digest.Digests;
import ru.hotline500.telegram.BotSchedule;
import ru.hotline500.telegram.ClaimedSends;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.outbox.OutboxMessage;

/**
 * Puts the scheduled digests that are due into the outbox, each in one transaction with its claim, so a restart
 * neither repeats nor loses one; the outbox's limits then spread many groups over time. Groups of one territory due
 * on the same day get the same text, built once per run.
 */
@Component
public class DigestSender {

    private final DigestSchedule schedule;
    private final Digests digests;
    private final ClaimedSends sends;
    private final GroupChats chats;

    DigestSender(DigestSchedule schedule, Digests digests, ClaimedSends sends, GroupChats chats) {
        this.schedule = schedule;
        this.digests = digests;
        this.sends = sends;
        this.chats = chats;
    }

    /** Every minute while the bot runs on Telegram ({@link BotSchedule}). */
    @Scheduled(initialDelayString = "${hotline.digest.check:PT1M}", fixedDelayString = "${hotline.digest.check:PT1M}")
    void sendDueNow() {
        BotSchedule.run("Scheduled digests", this::sendDue);
    }

    /** Returns what was put into the outbox. */
    public List<OutboxMessage> sendDue() {
        Map<String, String> texts = new HashMap<>();
        return sends.each(schedule.due(), due -> {
            String text = texts.computeIfAbsent(due.group().territoryId() + "/" + due.day(),
                    key -> digests.build(due.group().territoryId(), due.day()).text());
            return schedule.claim(due) ? List.of(message(due, text)) : List.of();
        }, due -> "digest of " + due.group().territoryId() + " for " + due.day() + " to group " + due.group().chatId());
    }

    private Outgoing.Message message(DigestSchedule.Due due, String text) {
        return Outgoing.Message.text(chats.of(due.group()), text);
    }
}

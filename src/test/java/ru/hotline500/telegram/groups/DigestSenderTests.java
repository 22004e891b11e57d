package ru.hotline500.telegram.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.hotline500.digest.DigestSchedule;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.telegram.outbox.OutboxMessage;
import ru.hotline500.visits.VisitsTestContext;

/**
 * Scheduled digests: each group at 09:00 on Monday in its territory's own time (Sakhalin UTC+11, Ulyanovsk UTC+4),
 * once, even when sending was interrupted.
 */
class DigestSenderTests extends VisitsTestContext {

    private static final long SAKHALIN_GROUP = -700_001;
    private static final long ULYANOVSK_GROUP = -700_002;

    @Autowired
    DigestSender sender;
    @Autowired
    DigestSchedule schedule;
    @Autowired
    CoordinatorGroups groups;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachGroupGetsItsDigestAtNineOnMondayInItsOwnTimeZoneAndOnlyOnce() {
        groups.bind(SAKHALIN_GROUP, 5, "sakhalin", member("Тестовая Ольга Примерная").personId());
        groups.bind(ULYANOVSK_GROUP, null, "ulyanovsk", member("Примерная Елена Условная").personId());

        assertThat(sentAt("2021-04-11T21:59:00Z")).isEmpty();
        List<OutboxMessage> sakhalin = sentAt("2021-04-11T22:00:00Z");
        assertThat(sentAt("2021-04-12T04:59:00Z")).isEmpty();
        List<OutboxMessage> ulyanovsk = sentAt("2021-04-12T05:00:00Z");
        List<OutboxMessage> later = sentAt("2021-04-12T12:00:00Z");

        assertThat(sakhalin).singleElement().satisfies(m -> {
            assertThat(m.chatId()).isEqualTo(SAKHALIN_GROUP);
            assertThat(m.threadId()).isEqualTo(5);
            assertThat(m.text()).contains("Сводка: Сахалинская область").contains("(на 12.04.2021)");
        });
        assertThat(ulyanovsk).singleElement().satisfies(m -> assertThat(m.text()).contains("Сводка: Ульяновская область"));
        assertThat(later).isEmpty();
        assertThat(sentAt("2021-04-19T05:30:00Z")).extracting(OutboxMessage::chatId).containsExactlyInAnyOrder(SAKHALIN_GROUP, ULYANOVSK_GROUP);
    }

    @Test
    void aDigestWhoseSendingWasInterruptedIsSentOnceAfterwards() {
        long group = -700_003;
        groups.bind(group, null, "sakhalin", member("Тестовая Ольга Примерная").personId());
        clock.set(Instant.parse("2021-04-25T23:00:00Z"));
        DigestSchedule.Due due = schedule.due().stream().filter(d -> d.group().chatId() == group).findFirst().orElseThrow();

        transactions.executeWithoutResult(status -> {
            assertThat(schedule.claim(due)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(mine(sender.sendDue(), group)).hasSize(1);
        assertThat(mine(sender.sendDue(), group)).isEmpty();
    }

    private List<OutboxMessage> sentAt(String instant) {
        clock.set(Instant.parse(instant));
        return sender.sendDue().stream().filter(m -> m.chatId() == SAKHALIN_GROUP || m.chatId() == ULYANOVSK_GROUP).toList();
    }

    private static List<OutboxMessage> mine(List<OutboxMessage> sent, long chat) {
        return sent.stream().filter(m -> m.chatId() == chat).toList();
    }
}

package ru.hotline500.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import ru.hotline500.telegram.ChatKind;
import ru.hotline500.testing.MutableClock;

class OutboxSenderTests {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final OutboxStore store = mock(OutboxStore.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final ScriptedChannel channel = new ScriptedChannel();
    private final OutboxSender sender = new OutboxSender(channel, store, clock, Runnable::run, events,
            new LimitsProperties(1, 3, 20, 30, 4, 5), WirePacing.none());

    @Test
    void aPrivateChatGetsABurstOfThreeThenOneMessageASecond() {
        sender.enqueue(messages(1, 6, 100, ChatKind.PRIVATE));

        for (int i = 0; i < 4; i++) {
            sender.dispatch();
            clock.advance(Duration.ofMillis(40));
        }
        assertThat(channel.sent).hasSize(3);

        clock.set(START.plusSeconds(1));
        sender.dispatch();
        assertThat(channel.sent).extracting(OutboxMessage::id).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aGroupGetsTwentyMessagesAMinute() {
        sender.enqueue(messages(1, 30, -100, ChatKind.SUPERGROUP));

        drainFor(Duration.ofMinutes(1));

        assertThat(channel.sent).hasSize(20);
    }

    @Test
    void noMoreThanThirtyMessagesASecondGoOutInAllEvenlyPaced() {
        List<OutboxMessage> many = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(i -> many.add(message(i, 1000 + i, ChatKind.PRIVATE)));
        sender.enqueue(many);

        sender.dispatch();
        assertThat(channel.sent).as("no burst after a quiet spell").hasSize(1);
        Instant end = START.plusSeconds(1);
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofMillis(1));
            sender.dispatch();
        }

        assertThat(channel.sent).hasSizeBetween(26, 28);
    }

    @Test
    void a429IsWaitedOutForItsRetryAfterAndThenSent() {
        channel.next.add(new Delivery.RetryAfter(Duration.ofSeconds(7)));
        sender.enqueue(List.of(message(1, 100, ChatKind.PRIVATE)));

        sender.dispatch();
        verify(store).retryAt(eq(1L), eq(0), eq(START.plusSeconds(7)), anyString());
        clock.advance(Duration.ofSeconds(6));
        sender.dispatch();
        assertThat(channel.attempts).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        sender.dispatch();
        verify(store).markSent(1L, 77);
        assertThat(sender.waiting()).isZero();
    }

    @Test
    void serverErrorsAreRetriedWithGrowingPausesAndGivenUpAtTheLimit() {
        for (int i = 0; i < 5; i++) {
            channel.next.add(new Delivery.Transient("500"));
        }
        sender.enqueue(List.of(message(1, 100, ChatKind.PRIVATE)));

        sender.dispatch();
        verify(store).retryAt(eq(1L), eq(1), eq(START.plusSeconds(1)), anyString());
        clock.advance(Duration.ofSeconds(1));
        sender.dispatch();
        verify(store).retryAt(eq(1L), eq(2), eq(START.plusSeconds(3)), anyString());
        drainFor(Duration.ofMinutes(1));

        verify(store).markFailed(eq(1L), anyString());
        verify(store, never()).markSent(eq(1L), any());
        assertThat(channel.attempts).isEqualTo(5);
    }

    @Test
    void aBlockedChatIsRecordedAndWhatStillWaitsForItIsDropped() {
        channel.next.add(new Delivery.Permanent(403, "Forbidden: bot was blocked by the user"));
        sender.enqueue(messages(1, 3, 100, ChatKind.PRIVATE));

        drainFor(Duration.ofSeconds(5));

        assertThat(channel.attempts).isEqualTo(1);
        verify(store).markFailed(eq(2L), anyString());
        verify(store).markFailed(eq(3L), anyString());
        verify(events).publishEvent(new ChatUnreachable(100, 403, "Forbidden: bot was blocked by the user"));
    }

    @Test
    void messagesOfOneChatLeaveInOrderEvenWhenTheFirstMustWait() {
        channel.next.add(new Delivery.Transient("timeout"));
        sender.enqueue(messages(1, 2, 100, ChatKind.PRIVATE));

        drainFor(Duration.ofSeconds(5));

        assertThat(channel.sent).extracting(OutboxMessage::id).containsExactly(1L, 2L);
        verify(store, never()).markFailed(anyLong(), anyString());
    }

    @Test
    void aGroupGetsNoBurstOnTopOfTwentyInAnyMinute() {
        sender.enqueue(messages(1, 60, -100, ChatKind.SUPERGROUP));

        drainFor(Duration.ofMinutes(3));

        List<Instant> times = channel.sentAt;
        for (int i = 20; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 20), times.get(i))).as("21 messages within a minute").isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void sendsOfTheLastMinuteBeforeAStartCountAgainstTheGroup() {
        List<SendingLimits.RecentSend> recent = IntStream.range(0, 20)
                .mapToObj(i -> new SendingLimits.RecentSend(-100, ChatKind.SUPERGROUP, START.minusSeconds(30))).toList();
        org.mockito.Mockito.when(store.sentSince(any())).thenReturn(recent);
        org.mockito.Mockito.when(store.pending()).thenReturn(messages(1, 1, -100, ChatKind.SUPERGROUP));

        sender.load();
        drainFor(Duration.ofSeconds(30));
        assertThat(channel.sent).as("the group had its twenty just before the restart").isEmpty();
        drainFor(Duration.ofSeconds(2));

        assertThat(channel.sent).hasSize(1);
    }

    @Test
    void aMessageWhoseAnswerNeverCameIsSentAgainAndCountedAsUnknown() {
        channel.next.add(new Delivery.Unknown("sendMessage: no answer within 60 s"));
        sender.enqueue(List.of(message(1, 100, ChatKind.PRIVATE)));

        drainFor(Duration.ofSeconds(5));

        verify(store, org.mockito.Mockito.times(2)).markSending(1L);
        verify(store).unknownOutcome(eq(1L), eq(1), eq(START.plusSeconds(1)), anyString());
        verify(store).markSent(1L, 77);
        assertThat(channel.attempts).isEqualTo(2);
    }

    @Test
    void messagesAreHandedOnlyToFreeSendThreadsNeverQueuedBehindBusyOnes() {
        List<Runnable> running = new ArrayList<>();
        OutboxSender held = new OutboxSender(channel, store, clock, running::add, events, new LimitsProperties(1, 3, 20, 1000, 4, 5),
                WirePacing.none());
        held.enqueue(IntStream.rangeClosed(1, 10).mapToObj(i -> message(i, 1000 + i, ChatKind.PRIVATE)).toList());

        for (int i = 0; i < 10; i++) {
            held.dispatch();
            clock.advance(Duration.ofMillis(10));
        }
        assertThat(running).as("four threads, four requests").hasSize(4);

        running.remove(0).run();
        held.dispatch();
        assertThat(running).hasSize(4);
        assertThat(channel.sent).hasSize(1);
    }

    private void drainFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            sender.dispatch();
            clock.advance(Duration.ofMillis(100));
        }
    }

    private static List<OutboxMessage> messages(int first, int count, long chatId, ChatKind kind) {
        return IntStream.range(first, first + count).mapToObj(i -> message(i, chatId, kind)).toList();
    }

    private static OutboxMessage message(long id, long chatId, ChatKind kind) {
        return new OutboxMessage(id, chatId, kind, null, OutboxMessage.Kind.MESSAGE, "text " + id, List.of(), null, null, null, null, 0,
                START);
    }

    /** Answers as scripted, then "sent". */
    private final class ScriptedChannel implements DeliveryChannel {
        final java.time.Clock clockOfTest = clock;
        final Deque<Delivery> next = new ArrayDeque<>();
        final List<OutboxMessage> sent = new ArrayList<>();
        final List<Instant> sentAt = new ArrayList<>();
        int attempts;

        @Override
        public Delivery deliver(OutboxMessage message, Runnable atTheWire) {
            atTheWire.run();
            attempts++;
            Delivery delivery = next.isEmpty() ? new Delivery.Sent(77) : next.poll();
            if (delivery instanceof Delivery.Sent) {
                sent.add(message);
                sentAt.add(clockOfTest.instant());
            }
            return delivery;
        }
    }
}

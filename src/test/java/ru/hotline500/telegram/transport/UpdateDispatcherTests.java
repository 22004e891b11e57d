package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import ru.hotline500.telegram.BotRouter;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.outbox.Outbox;

/** Chats are answered concurrently, each in order; a failing update gets an apology and does not stop the next. */
class UpdateDispatcherTests {

    private final UpdateInbox inbox = mock(UpdateInbox.class);
    private final BotRouter router = mock(BotRouter.class);
    private final Outbox outbox = mock(Outbox.class);
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final FakeBotApi.UpdateJson json = new FakeBotApi.UpdateJson();
    private UpdateDispatcher dispatcher;

    @BeforeEach
    void dispatcher() {
        when(inbox.markDone(anyLong(), anyString(), any())).thenReturn(true);
        dispatcher = new UpdateDispatcher(inbox, router, outbox, new TransactionTemplate(new NoTransactions()), workers);
        dispatcher.knowBot(new UpdateMapper(FakeBotApi.BOT_ID, FakeBotApi.BOT_NAME));
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aHandlerThatThrowsIsAnsweredWithAnApologyAndTheNextUpdateGoesOn() {
        Outgoing.Message apology = Outgoing.Message.text(ru.hotline500.telegram.ChatRef.privateChat(7), "Извините");
        Outgoing.Message answer = Outgoing.Message.text(ru.hotline500.telegram.ChatRef.privateChat(7), "Срок: до 15 апреля");
        when(router.route(any())).thenThrow(new IllegalStateException("boom")).thenReturn(List.of(answer));
        when(router.apology(any())).thenReturn(List.of(apology));

        dispatcher.dispatch(List.of(text(1, 7, "когда мониторинг"), text(2, 7, "когда экспертиза")));

        verify(outbox, timeout(5000)).store(List.of(apology));
        verify(outbox, timeout(5000)).store(List.of(answer));
        verify(inbox).markDone(eq(1L), eq("FAILED"), any());
        verify(inbox).markDone(eq(2L), eq("DONE"), any());
    }

    @Test
    void aSlowAnswerInOneChatDoesNotHoldUpAnotherAndEachChatKeepsItsOrder() throws Exception {
        CountDownLatch slowMayFinish = new CountDownLatch(1);
        CountDownLatch otherChatAnswered = new CountDownLatch(1);
        CountDownLatch allAnswered = new CountDownLatch(3);
        List<String> answered = new CopyOnWriteArrayList<>();
        when(router.route(any())).thenAnswer(call -> {
            Inbound.Message message = call.getArgument(0);
            if (message.text().equals("медленный")) {
                slowMayFinish.await(2, TimeUnit.MINUTES);
            }
            answered.add(message.chat().id() + ":" + message.text());
            if (message.chat().id() == 8) {
                otherChatAnswered.countDown();
            }
            allAnswered.countDown();
            return List.of();
        });

        dispatcher.dispatch(List.of(text(1, 7, "медленный"), text(2, 7, "второй"), text(3, 8, "другой чат")));

        // the inbox is marked before the router answers, so the test waits on the answers themselves
        assertThat(otherChatAnswered.await(2, TimeUnit.MINUTES)).isTrue();
        assertThat(answered).containsExactly("8:другой чат");
        slowMayFinish.countDown();
        assertThat(allAnswered.await(2, TimeUnit.MINUTES)).isTrue();
        assertThat(answered).containsExactly("8:другой чат", "7:медленный", "7:второй");
    }

    private Update text(long updateId, long chat, String text) {
        ObjectNode update = new ObjectMapper().createObjectNode().put("update_id", updateId);
        update.set("message", json.message(chat, "private", chat, text));
        return new ObjectMapper().convertValue(update, Update.class);
    }

    /** The dispatcher's transactions, without a database. */
    private static final class NoTransactions implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}

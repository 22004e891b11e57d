package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.hotline500.telegram.access.InviteCommand;
import ru.hotline500.telegram.handoff.HandOffHandlers;
import ru.hotline500.telegram.reminders.RemindCommand;
import ru.hotline500.telegram.visits.CoordinatorVisits;
import ru.hotline500.telegram.visits.VisitButtons;
import ru.hotline500.telegram.visits.VisitList;

/** Each kind of update reaches its one handler; every button press is answered exactly once. */
class BotRouterTests {

    private static final ChatRef PRIVATE = ChatRef.privateChat(7);
    private static final ChatRef GROUP = new ChatRef(-100, ChatKind.SUPERGROUP, 12);
    private static final ChatUser IRINA = new ChatUser(7, "Ирина");

    private final FakeCommand start = new FakeCommand(CommandInfo.privateChat("start", "Начать"));
    private final FakeCommand visit = new FakeCommand(CommandInfo.privateChat("visit", "Отметить визит").forAudience(CommandInfo.Audience.CURATORS));
    private final FakeCommand cancel = new FakeCommand(CommandInfo.anywhere("cancel", "Отменить", null));
    private final FakeCommand bind = new FakeCommand(CommandInfo.group("bind", "Привязать"));
    private final FakeCommand digest = new FakeCommand(CommandInfo.group("digest", "Сводка").inBoundGroupOnly());
    private final FakeCommand help = new FakeCommand(CommandInfo.anywhere("help", "Как задать вопрос", "Как спросить в группе"));
    private final TerritoryChoice territoryChoice = mock(TerritoryChoice.class);
    private final FreeText question = mock(FreeText.class);
    private final ChatMembership membership = mock(ChatMembership.class);
    private final TextFlow dialogue = mock(TextFlow.class);
    private final InviteCommand invite = mock(InviteCommand.class);
    private final FileMessage document = mock(FileMessage.class);
    private final ConversationRepository conversations = mock(ConversationRepository.class);
    private final HandOffHandlers handOff = mock(HandOffHandlers.class);
    private final RemindCommand remind = mock(RemindCommand.class);
    private final VisitButtons visitButtons = mock(VisitButtons.class);
    private final VisitList visitList = mock(VisitList.class);
    private final CoordinatorVisits coordinatorVisits = mock(CoordinatorVisits.class);
    private final BotIdentity identity = new BotIdentity();
    private BotRouter router;

    @BeforeEach
    void router() {
        for (ButtonHandler screen : List.of(territoryChoice, visitButtons, visitList, coordinatorVisits, invite, remind, handOff)) {
            when(screen.kinds()).thenCallRealMethod();
        }
        when(territoryChoice.flows()).thenCallRealMethod();
        when(handOff.flows()).thenCallRealMethod();
        when(dialogue.flows()).thenReturn(EnumSet.of(Conversation.Flow.VISIT, Conversation.Flow.PLAN));
        when(handOff.replied(any())).thenReturn(Optional.empty());
        ButtonPresses presses = new ButtonPresses(List.of(territoryChoice, visitButtons, visitList, coordinatorVisits, invite, remind, handOff));
        router = new BotRouter(new Commands(List.of(start, visit, cancel, bind, digest, help)), List.of(territoryChoice, dialogue, handOff),
                List.of(handOff), question, document, membership, presses, new WrongChat(identity), conversations);
        clearInvocations(territoryChoice, dialogue, invite, remind, visitButtons, visitList, coordinatorVisits, handOff);
    }

    @Test
    void aCommandGoesToTheCommandOfItsName() {
        assertThat(router.route(command(PRIVATE, "start", "dubovsky"))).containsExactly(Outgoing.Message.text(PRIVATE, "/start"));
        assertThat(router.route(command(PRIVATE, "visit", ""))).containsExactly(Outgoing.Message.text(PRIVATE, "/visit"));
        assertThat(router.route(command(GROUP, "bind", "dubovsky"))).containsExactly(Outgoing.Message.text(GROUP, "/bind"));

        assertThat(start.received).containsExactly(command(PRIVATE, "start", "dubovsky"));
        assertThat(bind.received).containsExactly(command(GROUP, "bind", "dubovsky"));
        verifyNoInteractions(question);
    }

    static Stream<String> privateChatCommands() {
        return Stream.of("start", "visit");
    }

    static Stream<String> groupCommands() {
        return Stream.of("bind", "digest");
    }

    @ParameterizedTest
    @MethodSource("privateChatCommands")
    void aPrivateChatCommandInAGroupSaysToWriteToTheBotPrivately(String command) {
        identity.learned("hotline500_bot");

        List<Outgoing> reply = router.route(command(GROUP, command, ""));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> {
            assertThat(m.chat()).isEqualTo(GROUP);
            assertThat(m.text()).startsWith("Команда /" + command + " работает только в личном чате со мной.")
                    .contains("@hotline500_bot").contains("отправьте /" + command + " там");
            assertThat(m.buttons()).singleElement().satisfies(row -> assertThat(row).singleElement()
                    .isEqualTo(Button.link("Открыть личный чат с ботом", "https://t.me/hotline500_bot")));
        });
        verifyNoHandlerWasAsked();
    }

    @Test
    void aPrivateChatCommandInAGroupIsExplainedBeforeTheBotKnowsItsName() {
        List<Outgoing> reply = router.route(command(GROUP, "visit", ""));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> {
            assertThat(m.text()).contains("работает только в личном чате со мной").contains("нажмите на моё имя").doesNotContain("@");
            assertThat(m.buttons()).isEmpty();
        });
        verifyNoHandlerWasAsked();
    }

    @ParameterizedTest
    @MethodSource("groupCommands")
    void aGroupCommandInAPrivateChatSaysToSendItInTheCoordinatorsGroup(String command) {
        List<Outgoing> reply = router.route(command(PRIVATE, command, ""));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> {
            assertThat(m.chat()).isEqualTo(PRIVATE);
            assertThat(m.text()).startsWith("Команда /" + command + " работает в группе координаторов, а не в личном чате.")
                    .contains("Добавьте меня в группу координаторов").contains("отправьте /" + command + " там")
                    .doesNotContain("Эта группа");
            assertThat(m.text().contains("сначала отправьте там /bind")).isEqualTo(command.equals("digest"));
        });
        verifyNoHandlerWasAsked();
    }

    @Test
    void aCommandOfBothKindsOfChatWorksInBoth() {
        router.route(command(PRIVATE, "help", ""));
        router.route(command(GROUP, "help", ""));
        router.route(command(PRIVATE, "cancel", ""));
        router.route(command(GROUP, "cancel", ""));

        assertThat(help.received).containsExactly(command(PRIVATE, "help", ""), command(GROUP, "help", ""));
        assertThat(cancel.received).containsExactly(command(PRIVATE, "cancel", ""), command(GROUP, "cancel", ""));
    }

    @Test
    void anUnknownCommandIsExplainedInWords() {
        List<Outgoing> reply = router.route(command(PRIVATE, "report", ""));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class,
                m -> assertThat(m.text()).contains("Такой команды я не знаю").contains("обычными словами"));
    }

    @Test
    void plainTextIsAQuestionUnlessTheTerritoryButtonsAreWaiting() {
        Inbound.Message text = text(PRIVATE, "когда мониторинг");
        router.route(text);
        verify(question).handle(text);

        Conversation choosing = conversation(PRIVATE, Conversation.Flow.TERRITORY_CHOICE);
        router.route(text);
        verify(territoryChoice).typed(text, choosing);
    }

    @Test
    void aReplyInAGroupIsAQuestionEvenWhileTheSamePersonChoosesInPrivate() {
        conversation(GROUP, Conversation.Flow.TERRITORY_CHOICE);
        Inbound.Message text = text(GROUP, "когда мониторинг");

        router.route(text);

        verify(question).handle(text);
        verify(territoryChoice, never()).typed(any(), any());
    }

    @Test
    void aTerritoryButtonIsAnsweredOnceByItsHandler() {
        Inbound.ButtonPress press = press("t:dubovsky");
        Outgoing.ButtonAnswer answer = new Outgoing.ButtonAnswer(PRIVATE, "cb-1", null);
        Outgoing.Message done = Outgoing.Message.text(PRIVATE, "Готово");
        when(territoryChoice.pressed(press, new ButtonData(ButtonKind.TERRITORY, List.of("dubovsky")))).thenReturn(List.of(answer, done));

        assertThat(router.route(press)).containsExactly(answer, done);
    }

    @Test
    void aButtonWhoseHandlerForgotTheAnswerIsStillAnsweredFirst() {
        Inbound.ButtonPress press = press("regions");
        Outgoing.Message regions = Outgoing.Message.text(PRIVATE, "Регионы");
        when(territoryChoice.pressed(press, new ButtonData(ButtonKind.REGIONS, List.of()))).thenReturn(List.of(regions));

        assertThat(router.route(press)).containsExactly(new Outgoing.ButtonAnswer(PRIVATE, "cb-1", null), regions);
    }

    @Test
    void aForgedOrOutdatedButtonGetsANoticeAndReachesNoHandler() {
        List<Outgoing> reply = router.route(press("visit:confirm:99999"));

        assertThat(reply).containsExactly(new Outgoing.ButtonAnswer(PRIVATE, "cb-1", "Эта кнопка больше не действует."));
        verify(territoryChoice, never()).pressed(any(), any());
    }

    @Test
    void textDuringAVisitDialogueGoesToTheDialogueNotToQuestions() {
        Inbound.Message text = text(PRIVATE, "12 марта");
        Conversation visiting = conversation(PRIVATE, Conversation.Flow.VISIT);

        router.route(text);

        verify(dialogue).typed(text, visiting);
        verifyNoInteractions(question);
    }

    @Test
    void visitAndInvitationButtonsReachTheirHandlers() {
        Inbound.ButtonPress school = press("vs:12");
        Inbound.ButtonPress person = press("inv:5");

        router.route(school);
        router.route(person);

        verify(visitButtons).pressed(school, new ButtonData(ButtonKind.VISIT_SCHOOL, List.of("12")));
        verify(invite).pressed(person, new ButtonData(ButtonKind.INVITE, List.of("5")));
    }

    @Test
    void aButtonWithMalformedDataGetsANoticeAndReachesNoHandler() {
        Inbound.ButtonPress forged = press("vs:not-a-number");

        assertThat(router.route(forged)).containsExactly(new Outgoing.ButtonAnswer(PRIVATE, "cb-1", "Эта кнопка больше не действует."));
        verify(visitButtons, never()).pressed(any(), any());
    }

    @Test
    void aFileGoesToTheDocumentHandler() {
        Inbound.Document file = new Inbound.Document(1, PRIVATE, IRINA, 10, "file-1", "люди.csv", 100L, "");

        router.route(file);

        verify(document).handle(file);
    }

    @Test
    void membershipChangesAndMigrationsGoToTheMembershipHandler() {
        Inbound.Membership added = new Inbound.Membership(1, GROUP, IRINA, true, "Координаторы");
        Inbound.ChatMigrated migrated = new Inbound.ChatMigrated(2, new ChatRef(-5, ChatKind.GROUP, null), -100);

        router.route(added);
        router.route(migrated);

        verify(membership).changed(added);
        verify(membership).migrated(migrated);
    }

    @Test
    void ignoredUpdatesGetNoReply() {
        assertThat(router.route(new Inbound.Ignored(1, GROUP, "group talk"))).isEmpty();
        verifyNoInteractions(territoryChoice, question, membership);
    }

    @Test
    void anApologyStopsTheButtonSpinnerAndSaysSorry() {
        List<Outgoing> forPress = router.apology(press("t:dubovsky"));
        List<Outgoing> forText = router.apology(text(PRIVATE, "когда мониторинг"));

        assertThat(forPress).first().isEqualTo(new Outgoing.ButtonAnswer(PRIVATE, "cb-1", null));
        assertThat(forPress).last().isInstanceOfSatisfying(Outgoing.Message.class, m -> assertThat(m.text()).startsWith("Извините"));
        assertThat(forText).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> assertThat(m.text()).startsWith("Извините"));
        assertThat(router.apology(new Inbound.Membership(1, GROUP, IRINA, false, "Координаторы"))).isEmpty();
    }

    @Test
    void aDialogueWithoutAHandlerOrWithTwoKeepsTheBotFromStarting() {
        ButtonPresses presses = new ButtonPresses(List.of(territoryChoice, visitButtons, visitList, coordinatorVisits, invite, remind, handOff));
        Commands commands = new Commands(List.of(help));

        assertThatThrownBy(() -> new BotRouter(commands, List.of(territoryChoice, handOff), List.of(), question, document, membership,
                presses, new WrongChat(identity), conversations)).isInstanceOf(IllegalStateException.class).hasMessageContaining("VISIT");
        assertThatThrownBy(() -> new BotRouter(commands, List.of(territoryChoice, dialogue, handOff, dialogue), List.of(), question,
                document, membership, presses, new WrongChat(identity), conversations)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two handlers");
    }

    @Test
    void theConversationIsReadOnceForAMessage() {
        Inbound.Message text = text(PRIVATE, "12 марта");
        conversation(PRIVATE, Conversation.Flow.PLAN);

        router.route(text);

        verify(conversations).findById(new ConversationId(PRIVATE.id(), IRINA.userId()));
        verify(dialogue).typed(any(), any());
        verifyNoInteractions(question);
    }

    /** The person's dialogue in that chat, as the database holds it. */
    private Conversation conversation(ChatRef chat, Conversation.Flow flow) {
        ConversationId id = new ConversationId(chat.id(), IRINA.userId());
        Conversation conversation = flow == Conversation.Flow.TERRITORY_CHOICE ? Conversation.territoryChoice(id, Instant.EPOCH)
                : Conversation.visit(id, flow, Conversation.Step.DATE, "", Instant.EPOCH);
        if (chat.isPrivate()) {
            when(conversations.findById(id)).thenReturn(Optional.of(conversation));
        } else {
            when(conversations.findById(any())).thenReturn(Optional.of(conversation));
        }
        return conversation;
    }

    private void verifyNoHandlerWasAsked() {
        verifyNoInteractions(territoryChoice, question, dialogue, invite, remind, handOff);
        assertThat(List.of(start, visit, cancel, bind, digest, help)).allSatisfy(c -> assertThat(c.received).isEmpty());
    }

    /** A command that answers with its own name and keeps what it received. */
    private static final class FakeCommand implements BotCommand {

        private final CommandInfo info;
        private final List<Inbound.Message> received = new ArrayList<>();

        FakeCommand(CommandInfo info) {
            this.info = info;
        }

        @Override
        public CommandInfo info() {
            return info;
        }

        @Override
        public List<Outgoing> handle(Inbound.Message message) {
            received.add(message);
            return List.of(Outgoing.Message.text(message.chat(), "/" + info.name()));
        }
    }

    private static Inbound.Message command(ChatRef chat, String name, String rest) {
        return new Inbound.Message(1, chat, IRINA, 10, name, rest);
    }

    private static Inbound.Message text(ChatRef chat, String text) {
        return new Inbound.Message(1, chat, IRINA, 10, null, text);
    }

    private static Inbound.ButtonPress press(String data) {
        return new Inbound.ButtonPress(1, PRIVATE, IRINA, "cb-1", 3, data);
    }
}

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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of update reaches its one handler; every button press is answered exactly once. */
class BotRouterTests {

    private static final ChatRef PRIVATE = ChatRef.privateChat(7);
    private static final ChatRef GROUP = new ChatRef(-100, ChatKind.SUPERGROUP, 12);
    private static final ChatUser IRINA = new ChatUser(7, "Ирина");

    private final StartCommand start = mock(StartCommand.class);
    private final HelpCommand help = mock(HelpCommand.class);
    private final TerritoryChoice territoryChoice = mock(TerritoryChoice.class);
    private final QuestionMessage question = mock(QuestionMessage.class);
    private final ChatMembership membership = mock(ChatMembership.class);
    private final VisitDialogue dialogue = mock(VisitDialogue.class);
    private final StageVisitsCommand visitsCommand = mock(StageVisitsCommand.class);
    private final InviteCommand invite = mock(InviteCommand.class);
    private final DocumentMessage document = mock(DocumentMessage.class);
    private final GroupCommands groups = mock(GroupCommands.class);
    private final HandOffHandlers handOff = mock(HandOffHandlers.class);
    private final RemindCommand remind = mock(RemindCommand.class);
    private final StageCommand stage = mock(StageCommand.class);
    private final VisitButtons visitButtons = mock(VisitButtons.class);
    private final VisitList visitList = mock(VisitList.class);
    private final CoordinatorVisits coordinatorVisits = mock(CoordinatorVisits.class);
    private final BotIdentity identity = new BotIdentity();
    private BotRouter router;

    @BeforeEach
    void router() {
        // each screen's own list of commands, pointing at the mocked handlers
        for (CommandHandlers screen : List.of(start, help, territoryChoice, invite, groups, remind, stage)) {
            when(screen.commands()).thenCallRealMethod();
        }
        for (ButtonHandler screen : List.of(territoryChoice, visitButtons, visitList, coordinatorVisits, invite, remind, handOff)) {
            when(screen.kinds()).thenCallRealMethod();
        }
        ButtonPresses presses = new ButtonPresses(List.of(territoryChoice, visitButtons, visitList, coordinatorVisits, invite, remind, handOff));
        router = new BotRouter(List.of(start, help, territoryChoice, new VisitHandlers(dialogue, visitsCommand), invite, groups, remind, stage),
                territoryChoice, question, membership, dialogue, document, handOff, presses, new WrongChat(identity));
        clearInvocations(start, help, territoryChoice, invite, groups, remind, stage, visitButtons, visitList, coordinatorVisits, handOff);
    }

    @Test
    void startAndHelpGoToTheirCommands() {
        Outgoing.Message greeting = Outgoing.Message.text(PRIVATE, "Здравствуйте");
        Outgoing.Message hint = Outgoing.Message.text(PRIVATE, "Подсказка");
        when(start.handle(any())).thenReturn(List.of(greeting));
        when(help.handle(any())).thenReturn(List.of(hint));

        assertThat(router.route(command(PRIVATE, "start", "dubovsky"))).containsExactly(greeting);
        assertThat(router.route(command(PRIVATE, "help", ""))).containsExactly(hint);
        verify(start).handle(command(PRIVATE, "start", "dubovsky"));
        verifyNoInteractions(question);
    }

    @Test
    void stageGoesToItsCommand() {
        Outgoing.Message stageNow = Outgoing.Message.text(PRIVATE, "Сейчас идёт 1 этап");
        when(stage.handle(any())).thenReturn(List.of(stageNow));

        assertThat(router.route(command(PRIVATE, "stage", ""))).containsExactly(stageNow);
    }

    @Test
    void territoryCommandStartsTheChoiceInAPrivateChat() {
        router.route(command(PRIVATE, "territory", ""));

        verify(territoryChoice).begin(PRIVATE, IRINA, "Сменим территорию.");
    }

    @Test
    void aCommandWithoutAHandlerOrWithTwoKeepsTheBotFromStarting() {
        ButtonPresses presses = new ButtonPresses(List.of(territoryChoice, visitButtons, visitList, coordinatorVisits, invite, remind, handOff));
        List<CommandHandlers> withoutHelp = List.of(start, territoryChoice, new VisitHandlers(dialogue, visitsCommand), invite, groups, remind,
                stage);
        List<CommandHandlers> helpTwice = List.of(start, help, territoryChoice, new VisitHandlers(dialogue, visitsCommand), invite, groups,
                remind, stage, () -> Map.of(Command.HELP, message -> List.of()));

        assertThatThrownBy(() -> new BotRouter(withoutHelp, territoryChoice, question, membership, dialogue, document, handOff, presses,
                new WrongChat(identity))).isInstanceOf(IllegalStateException.class).hasMessageContaining("HELP");
        assertThatThrownBy(() -> new BotRouter(helpTwice, territoryChoice, question, membership, dialogue, document, handOff, presses,
                new WrongChat(identity))).isInstanceOf(IllegalStateException.class).hasMessageContaining("/help has two handlers");
    }

    @Test
    void theMenusListEveryCommandOfTheirKindOfChatOnce() {
        assertThat(CommandMenu.privateChats()).extracting(CommandMenu.Line::command)
                .containsExactly("start", "territory", "stage", "remind", "visit", "visits", "plan", "export", "invite", "cancel", "help");
        assertThat(CommandMenu.groups()).extracting(CommandMenu.Line::command).containsExactly("digest", "bind", "unbind", "schedule", "help");
        assertThat(CommandMenu.privateChats()).allSatisfy(line -> assertThat(line.description()).isNotBlank());
    }

    static Stream<Command> privateChatCommands() {
        return Arrays.stream(Command.values()).filter(c -> c.where() == Command.Where.PRIVATE_CHAT);
    }

    static Stream<Command> groupCommands() {
        return Arrays.stream(Command.values()).filter(c -> c.where() == Command.Where.GROUP);
    }

    @Test
    void eachCommandWorksWhereItsMenuShowsIt() {
        assertThat(CommandMenu.privateChats()).extracting(line -> Command.named(line.command()).orElseThrow())
                .allMatch(command -> command.worksIn(ChatKind.PRIVATE));
        assertThat(CommandMenu.groups()).extracting(line -> Command.named(line.command()).orElseThrow())
                .allMatch(command -> command.worksIn(ChatKind.SUPERGROUP));
        assertThat(Command.values()).filteredOn(c -> c.where() == Command.Where.ANY).containsExactlyInAnyOrder(Command.HELP, Command.CANCEL);
        for (Command command : Command.values()) {
            assertThat(Command.named(command.text())).contains(command);
        }
    }

    @ParameterizedTest
    @MethodSource("privateChatCommands")
    void aPrivateChatCommandInAGroupSaysToWriteToTheBotPrivately(Command command) {
        identity.learned("hotline500_bot");

        List<Outgoing> reply = router.route(command(GROUP, command.text(), ""));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> {
            assertThat(m.chat()).isEqualTo(GROUP);
            assertThat(m.text()).startsWith("Команда /" + command.text() + " работает только в личном чате со мной.")
                    .contains("@hotline500_bot").contains("отправьте /" + command.text() + " там");
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
    void aGroupCommandInAPrivateChatSaysToSendItInTheCoordinatorsGroup(Command command) {
        List<Outgoing> reply = router.route(command(PRIVATE, command.text(), ""));

        assertThat(reply).singleElement().isInstanceOfSatisfying(Outgoing.Message.class, m -> {
            assertThat(m.chat()).isEqualTo(PRIVATE);
            assertThat(m.text()).startsWith("Команда /" + command.text() + " работает в группе координаторов, а не в личном чате.")
                    .contains("Добавьте меня в группу координаторов").contains("отправьте /" + command.text() + " там")
                    .doesNotContain("Эта группа");
            assertThat(m.text().contains("сначала отправьте там /bind")).isEqualTo(command == Command.DIGEST || command == Command.SCHEDULE);
        });
        verifyNoHandlerWasAsked();
    }

    @Test
    void helpAndCancelWorkInBothKindsOfChat() {
        router.route(command(PRIVATE, "help", ""));
        router.route(command(GROUP, "help", ""));
        router.route(command(PRIVATE, "cancel", ""));
        router.route(command(GROUP, "cancel", ""));

        verify(help).handle(command(PRIVATE, "help", ""));
        verify(help).handle(command(GROUP, "help", ""));
        verify(dialogue).cancel(PRIVATE, IRINA);
        verify(dialogue).cancel(GROUP, IRINA);
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

        when(territoryChoice.isChoosing(PRIVATE, IRINA)).thenReturn(true);
        router.route(text);
        verify(territoryChoice).typed(text);
    }

    @Test
    void aReplyInAGroupIsAQuestionEvenWhileTheSamePersonChoosesInPrivate() {
        when(territoryChoice.isChoosing(any(), any())).thenReturn(true);
        Inbound.Message text = text(GROUP, "когда мониторинг");

        router.route(text);

        verify(question).handle(text);
        verify(territoryChoice, never()).typed(any());
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
    void visitCommandsGoToTheVisitDialogueAndItsList() {
        router.route(command(PRIVATE, "visit", ""));
        router.route(command(PRIVATE, "plan", ""));
        router.route(command(PRIVATE, "cancel", ""));
        router.route(command(PRIVATE, "visits", ""));
        router.route(command(PRIVATE, "invite", "Кожина"));

        verify(dialogue).begin(PRIVATE, IRINA, Conversation.Flow.VISIT);
        verify(dialogue).begin(PRIVATE, IRINA, Conversation.Flow.PLAN);
        verify(dialogue).cancel(PRIVATE, IRINA);
        verify(visitsCommand).handle(command(PRIVATE, "visits", ""));
        verify(invite).handle(command(PRIVATE, "invite", "Кожина"));
    }

    @Test
    void groupCommandsGoToTheGroupHandler() {
        router.route(command(GROUP, "bind", "dubovsky"));
        router.route(command(GROUP, "unbind", ""));
        router.route(command(GROUP, "digest", ""));
        router.route(command(GROUP, "schedule", "вторник 10:30"));

        verify(groups).bind(command(GROUP, "bind", "dubovsky"));
        verify(groups).unbind(command(GROUP, "unbind", ""));
        verify(groups).digest(command(GROUP, "digest", ""));
        verify(groups).schedule(command(GROUP, "schedule", "вторник 10:30"));
    }

    @Test
    void textDuringAVisitDialogueGoesToTheDialogueNotToQuestions() {
        Inbound.Message text = text(PRIVATE, "12 марта");
        when(dialogue.isActive(PRIVATE, IRINA)).thenReturn(true);

        router.route(text);

        verify(dialogue).typed(text);
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
        verifyNoInteractions(start, help, territoryChoice, question, membership);
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

    private void verifyNoHandlerWasAsked() {
        verifyNoInteractions(start, help, territoryChoice, question, dialogue, visitsCommand, invite, groups, remind, handOff, stage);
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

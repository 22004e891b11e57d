package ru.hotline500.telegram.handoff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.hotline500.groups.CoordinatorGroups;
import ru.hotline500.groups.GroupBinding;
import ru.hotline500.handoff.Answering;
import ru.hotline500.handoff.Asking;
import ru.hotline500.handoff.Faq;
import ru.hotline500.handoff.FollowingUp;
import ru.hotline500.handoff.HandOffThread;
import ru.hotline500.handoff.HandOffs;
import ru.hotline500.handoff.Marking;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.ButtonData;
import ru.hotline500.telegram.ButtonHandler;
import ru.hotline500.telegram.ButtonKind;
import ru.hotline500.telegram.ChatRef;
import ru.hotline500.telegram.Conversation;
import ru.hotline500.telegram.ConversationId;
import ru.hotline500.telegram.ConversationRepository;
import ru.hotline500.telegram.Inbound;
import ru.hotline500.telegram.Outgoing;
import ru.hotline500.telegram.RepliesToBot;
import ru.hotline500.telegram.StaleButton;
import ru.hotline500.telegram.TextFlow;
import ru.hotline500.telegram.groups.GroupChats;
import ru.hotline500.telegram.outbox.Outbox;
import ru.hotline500.territory.Territories;

/**
 * The hand-off in Telegram: the asker's press sends the question to the group; a coordinator's reply to any of the
 * thread's messages in the group goes back to the asker; the asker's follow-up (a button, then a message, or a reply
 * to the thread's message) goes to the group again; a coordinator may keep an answer for the same question. Every
 * message of a thread is labelled with it, so that a reply finds the thread whatever the message was.
 */
@Component
public class HandOffHandlers implements ButtonHandler, TextFlow, RepliesToBot {

    private static final int LONGEST_TEXT = 3500;
    private static final Logger log = LoggerFactory.getLogger(HandOffHandlers.class);

    private final HandOffs handOffs;
    private final Faq faq;
    private final CoordinatorGroups groups;
    private final GroupChats groupChats;
    private final Outbox outbox;
    private final ConversationRepository conversations;
    private final Territories territories;
    private final Clock clock;

    HandOffHandlers(HandOffs handOffs, Faq faq, CoordinatorGroups groups, GroupChats groupChats, Outbox outbox,
                    ConversationRepository conversations, Territories territories, Clock clock) {
        this.handOffs = handOffs;
        this.faq = faq;
        this.groups = groups;
        this.groupChats = groupChats;
        this.outbox = outbox;
        this.conversations = conversations;
        this.territories = territories;
        this.clock = clock;
    }

    @Override
    public Set<ButtonKind> kinds() {
        return EnumSet.of(ButtonKind.HAND_OFF, ButtonKind.FOLLOW_UP, ButtonKind.KEEP_ANSWER);
    }

    @Override
    public List<Outgoing> pressed(Inbound.ButtonPress press, ButtonData data) {
        long id = data.id(0);
        return switch (data.kind()) {
            case HAND_OFF -> ask(press, id);
            case FOLLOW_UP -> beginFollowUp(press, id);
            case KEEP_ANSWER -> keep(press, id);
            default -> throw new IllegalArgumentException("not a hand-off button: " + data);
        };
    }

    /** A reply to one of the thread's messages: an answer in the group, a follow-up in the asker's chat. */
    @Override
    public Optional<List<Outgoing>> replied(Inbound.Message message) {
        if (message.repliesTo() == null) {
            return Optional.empty();
        }
        return outbox.about(message.chat().id(), message.repliesTo()).flatMap(HandOffs::idOf)
                .map(id -> message.chat().isPrivate() ? followUp(message, id) : answer(message, id));
    }

    @Override
    public Set<Conversation.Flow> flows() {
        return EnumSet.of(Conversation.Flow.FOLLOW_UP);
    }

    /** The message written after "✍ Дополнить вопрос". */
    @Override
    public List<Outgoing> typed(Inbound.Message message, Conversation conversation) {
        if (message.text().isBlank()) {
            return List.of(Outgoing.Message.text(message.chat(), HandOffTexts.FOLLOW_UP_NOT_TEXT));
        }
        conversations.delete(conversation);
        return followUp(message, conversation.followedUpQuestion());
    }

    private List<Outgoing> ask(Inbound.ButtonPress press, long id) {
        Optional<HandOffThread> thread = handOffs.thread(id).filter(t -> t.asker().telegramUserId() == press.from().userId());
        if (thread.isEmpty() || !press.chat().isPrivate()) {
            return StaleButton.answer(press, "question " + id + " is not theirs, or not in their private chat");
        }
        Optional<GroupBinding> group = groups.forTerritory(thread.get().territoryId());
        if (group.isEmpty()) {
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null),
                    Outgoing.Message.text(press.chat(), HandOffTexts.NO_GROUP));
        }
        Asking asking = handOffs.ask(id, press.from().userId(), group.get().chatId());
        if (asking instanceof Asking.Asked asked) {
            HandOffThread question = asked.thread();
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null),
                    Outgoing.Message.text(groupChats.of(group.get()), HandOffTexts.inGroup(question)).about(question.label()),
                    new Outgoing.Message(press.chat(), HandOffTexts.asked(), followUpButton(HandOffTexts.ADD, id), null).about(question.label()));
        }
        return asking instanceof Asking.AlreadyAsked
                ? List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), HandOffTexts.ALREADY_ASKED))
                : StaleButton.answer(press, "question " + id + " cannot be asked: " + asking);
    }

    private List<Outgoing> beginFollowUp(Inbound.ButtonPress press, long id) {
        Optional<HandOffThread> thread = handOffs.thread(id)
                .filter(t -> t.asker().telegramUserId() == press.from().userId() && t.groupChatId() != null);
        if (thread.isEmpty() || !press.chat().isPrivate()) {
            return StaleButton.answer(press, "question " + id + " is not theirs or was never asked, or not in their private chat");
        }
        ConversationId conversation = new ConversationId(press.chat().id(), press.from().userId());
        conversations.save(Conversation.followUp(conversation, id, clock.instant()));
        return List.of(Outgoing.Message.text(press.chat(), HandOffTexts.writeFollowUp(thread.get())));
    }

    private List<Outgoing> keep(Inbound.ButtonPress press, long entryId) {
        Marking marking = faq.mark(entryId, press.from().userId());
        if (marking instanceof Marking.Marked marked) {
            String territory = territories.get(marked.answer().territoryId()).name();
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), null),
                    Outgoing.Message.text(press.chat(), HandOffTexts.kept(marked.answer(), territory)));
        }
        if (marking instanceof Marking.AlreadyMarked) {
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), HandOffTexts.ALREADY_KEPT));
        }
        if (marking instanceof Marking.NotCoordinator) {
            return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), HandOffTexts.KEEP_NOT_COORDINATOR));
        }
        return StaleButton.answer(press, "no answer " + entryId + " to keep: " + marking);
    }

    private List<Outgoing> answer(Inbound.Message message, long id) {
        if (message.text().isBlank()) {
            return List.of(new Outgoing.Message(message.chat(), HandOffTexts.ANSWER_NOT_TEXT, List.of(), message.messageId()));
        }
        Answering answering = handOffs.answer(id, message.from().userId(), clip(message.text()), message.messageId());
        if (answering instanceof Answering.Answered answered) {
            HandOffThread thread = answered.thread();
            ChatRef asker = ChatRef.privateChat(thread.asker().telegramUserId());
            return List.of(new Outgoing.Message(asker, HandOffTexts.relayed(thread, answered.coordinatorName(), clip(message.text())),
                            followUpButton(HandOffTexts.FOLLOW_UP, id), null).about(thread.label()),
                    new Outgoing.Message(message.chat(), HandOffTexts.answerPassed(thread),
                            List.of(List.of(Button.callback(HandOffTexts.KEEP, ButtonKind.KEEP_ANSWER.data(answered.entryId())))), message.messageId()));
        }
        if (answering instanceof Answering.NotCoordinator) {
            return List.of(new Outgoing.Message(message.chat(), HandOffTexts.ANSWER_NOT_COORDINATOR, List.of(), message.messageId()));
        }
        log.warn("Reply in chat {} to message {} of question {}, which was never asked", message.chat().id(), message.repliesTo(), id);
        return List.of();
    }

    private List<Outgoing> followUp(Inbound.Message message, long id) {
        if (message.text().isBlank()) {
            return List.of(Outgoing.Message.text(message.chat(), HandOffTexts.FOLLOW_UP_NOT_TEXT));
        }
        FollowingUp following = handOffs.followUp(id, message.from().userId(), clip(message.text()));
        if (!(following instanceof FollowingUp.FollowedUp followed)) {
            return List.of(Outgoing.Message.text(message.chat(), BotTexts.STALE_BUTTON));
        }
        HandOffThread thread = followed.thread();
        Optional<GroupBinding> group = groups.of(thread.groupChatId()).or(() -> groups.forTerritory(thread.territoryId()));
        if (group.isEmpty()) {
            return List.of(Outgoing.Message.text(message.chat(), HandOffTexts.NO_GROUP));
        }
        Integer repliesTo = group.get().chatId() == thread.groupChatId() ? followed.repliesTo() : null;
        return List.of(new Outgoing.Message(groupChats.of(group.get()), HandOffTexts.followUpInGroup(thread, clip(message.text())),
                        List.of(), repliesTo).about(thread.label()),
                Outgoing.Message.text(message.chat(), HandOffTexts.FOLLOW_UP_SENT));
    }

    private static List<List<Button>> followUpButton(String label, long id) {
        return List.of(List.of(Button.callback(label, ButtonKind.FOLLOW_UP.data(id))));
    }

    private static String clip(String text) {
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }
}

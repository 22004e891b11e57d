package ru.hotline500.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ru.hotline500.telegram.outbox.OutboxMessage;

/**
 * Plays one transcript's turns as Telegram would deliver them (the same records the transport makes) and shows what
 * the bot sends back the way the person sees it. {@code send} is the real path: router, then the persisted outbox.
 */
final class TranscriptPlayer {

    static final String BOT_NAME = "hotline500_bot";

    private final Person person;
    private final Function<Inbound, List<OutboxMessage>> send;
    private final Map<String, Long> groups = new HashMap<>();
    private final Map<Long, List<List<Button>>> lastButtons = new HashMap<>();
    private final Map<Long, Integer> lastBotMessage = new HashMap<>();
    private long updates;
    private int messages;

    TranscriptPlayer(Person person, Function<Inbound, List<OutboxMessage>> send) {
        this.person = person;
        this.send = send;
    }

    /** What the bot sent back for this turn, one line per text line, buttons as "[Label]" lines. */
    String play(Transcript.Turn turn) {
        ChatRef chat = turn.inGroup()
                ? new ChatRef(groups.computeIfAbsent(turn.chatTitle(), title -> -1_000_000L * person.userId() - groups.size()), ChatKind.SUPERGROUP, null)
                : ChatRef.privateChat(person.userId());
        List<OutboxMessage> sent = send.apply(inbound(turn, chat));
        return render(chat, sent);
    }

    private Inbound inbound(Transcript.Turn turn, ChatRef chat) {
        long update = ++updates;
        int messageId = ++messages;
        if (turn.isEvent()) {
            boolean added = turn.action().contains("добавили");
            if (!added && !turn.action().contains("удалили")) {
                throw new IllegalArgumentException("line " + turn.line() + ": unknown event " + turn.action());
            }
            return new Inbound.Membership(update, chat, person, added, turn.chatTitle());
        }
        if (turn.isPress()) {
            return new Inbound.ButtonPress(update, chat, person, "cb-" + update, lastBotMessage.getOrDefault(chat.id(), 0),
                    button(chat, turn).data());
        }
        String text = turn.isReply() ? turn.action().substring(2).strip() : turn.action();
        Optional<CommandText> command = CommandText.parse(text);
        if (command.isPresent()) {
            return command.get().isFor(BOT_NAME) ? command.get().toMessage(update, chat, person, messageId)
                    : new Inbound.Ignored(update, chat, "command for another bot");
        }
        if (chat.isPrivate() || turn.isReply()) {
            return new Inbound.Message(update, chat, person, messageId, null, text);
        }
        return new Inbound.Ignored(update, chat, "group talk");
    }

    private Button button(ChatRef chat, Transcript.Turn turn) {
        return lastButtons.getOrDefault(chat.id(), List.of()).stream().flatMap(List::stream)
                .filter(b -> b.label().equals(turn.buttonLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("line " + turn.line() + ": no button «" + turn.buttonLabel()
                        + "» under the bot's latest message; there are " + lastButtons.get(chat.id())));
    }

    private String render(ChatRef chat, List<OutboxMessage> sent) {
        List<String> lines = new ArrayList<>();
        for (OutboxMessage message : sent) {
            if (message.kind() == OutboxMessage.Kind.BUTTON_ANSWER) {
                if (message.text() != null) {
                    lines.add("(на экране: " + message.text() + ")");
                }
                continue;
            }
            lastBotMessage.put(chat.id(), ++messages);
            lines.add(message.text());
            if (!message.buttons().isEmpty()) {
                lastButtons.put(chat.id(), message.buttons());
                message.buttons().forEach(row -> lines.add(String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())));
            }
        }
        return lines.isEmpty() ? Transcript.SILENCE : String.join("\n", lines);
    }
}

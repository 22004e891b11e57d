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

    private final String transcript;
    private final Function<Inbound, List<OutboxMessage>> send;
    private final Stage stage;
    private final Map<String, ChatUser> people = new HashMap<>();
    private final Map<String, Long> groups = new HashMap<>();
    private final Map<Long, List<List<Button>>> lastButtons = new HashMap<>();
    private final Map<Long, Integer> lastBotMessage = new HashMap<>();
    private long updates;
    private int messages;

    /**
     * What the transcript's events do to the application around the bot: a restart, time going on (returning what
     * the bot sent meanwhile), a fresh invitation code for a person of the directory.
     */
    interface Stage {

        void restart();

        List<OutboxMessage> timePasses(int days, java.time.LocalTime at);

        String invitationCode(String personName);

        /** The message reached Telegram, which gave it this id (a reply names it). */
        void delivered(OutboxMessage message, int telegramMessageId);
    }

    TranscriptPlayer(String transcript, Function<Inbound, List<OutboxMessage>> send, Stage stage) {
        this.transcript = transcript;
        this.send = send;
        this.stage = stage;
    }

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("\\* прош(?:ло|ёл|ел) (\\d+) (?:день|дня|дней), (\\d{1,2}:\\d{2})");
    private static final java.util.regex.Pattern INVITATION = java.util.regex.Pattern.compile("<приглашение: ([^>]+)>");

    /** What the bot sent back for this turn, one line per text line, buttons as "[Label]" lines. */
    String play(Transcript.Turn turn) {
        ChatUser person = people.computeIfAbsent(turn.person(), name -> new ChatUser(Math.abs((long) (transcript + name).hashCode()) + 1, name));
        if (turn.action().equals("* бот перезапущен")) {
            stage.restart();
            return Transcript.SILENCE;
        }
        java.util.regex.Matcher time = TIME.matcher(turn.action());
        if (time.matches()) {
            List<OutboxMessage> sent = stage.timePasses(Integer.parseInt(time.group(1)), java.time.LocalTime.parse(
                    time.group(2).length() == 4 ? "0" + time.group(2) : time.group(2)));
            // the database is shared by all transcripts: what is due for another transcript's people is not shown
            return render(ChatRef.privateChat(person.userId()), sent.stream().filter(m -> knows(m.chatId())).toList());
        }
        ChatRef chat = turn.inGroup()
                ? new ChatRef(groups.computeIfAbsent(turn.chatTitle(), title -> -1_000_000L * person.userId() - groups.size()), ChatKind.SUPERGROUP, null)
                : ChatRef.privateChat(person.userId());
        List<OutboxMessage> sent = send.apply(inbound(turn, chat, person));
        return render(chat, sent);
    }

    private Inbound inbound(Transcript.Turn turn, ChatRef chat, ChatUser person) {
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
        String text = INVITATION.matcher(turn.isReply() ? turn.action().substring(2).strip() : turn.action())
                .replaceAll(match -> stage.invitationCode(match.group(1)));
        Optional<CommandText> command = CommandText.parse(text);
        if (command.isPresent()) {
            return command.get().isFor(BOT_NAME) ? command.get().toMessage(update, chat, person, messageId)
                    : new Inbound.Ignored(update, chat, "command for another bot");
        }
        if (turn.isReply()) {
            return new Inbound.Message(update, chat, person, messageId, null, text, lastBotMessage.get(chat.id()));
        }
        if (chat.isPrivate()) {
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

    /** What the bot sent; a message to another chat than the turn's is headed with where it went. */
    private String render(ChatRef chat, List<OutboxMessage> sent) {
        List<String> lines = new ArrayList<>();
        for (OutboxMessage message : sent) {
            if (message.kind() == OutboxMessage.Kind.BUTTON_ANSWER) {
                if (message.text() != null) {
                    lines.add("(на экране: " + message.text() + ")");
                }
                continue;
            }
            int telegramId = ++messages;
            lastBotMessage.put(message.chatId(), telegramId);
            stage.delivered(message, telegramId);
            if (message.chatId() != chat.id()) {
                lines.add(elsewhere(message.chatId()));
            }
            if (message.kind() == OutboxMessage.Kind.DOCUMENT) {
                lines.add("(файл: " + message.fileName() + ", " + message.fileContent().length / 1024 + " КБ)");
            }
            if (message.text() != null) {
                lines.add(message.text());
            }
            if (!message.buttons().isEmpty()) {
                lastButtons.put(message.chatId(), message.buttons());
                message.buttons().forEach(row -> lines.add(String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())));
            }
        }
        return lines.isEmpty() ? Transcript.SILENCE : String.join("\n", lines);
    }

    private boolean knows(long chatId) {
        return groups.containsValue(chatId) || people.values().stream().anyMatch(p -> p.userId() == chatId);
    }

    /** "(в группе «Координаторы»)" or "(в личный чат: Ирина Петровна)". */
    private String elsewhere(long chatId) {
        return groups.entrySet().stream().filter(g -> g.getValue() == chatId).map(g -> "(в группе «" + g.getKey() + "»)").findFirst()
                .or(() -> people.entrySet().stream().filter(p -> p.getValue().userId() == chatId)
                        .map(p -> "(в личный чат: " + p.getKey() + ")").findFirst())
                .orElse("(в чат " + chatId + ")");
    }
}

package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads each update of a getUpdates answer on its own, so that one we cannot read (a shape Telegram added last
 * month, a field out of range) is set aside and the others go on. An update is readable when the library's types
 * take it and it has what answering needs: a chat with an id and a type for a message or a membership change, a
 * sender for a button press.
 */
final class UpdateReader {

    private static final int LONGEST_PROBLEM = 500;

    private final ObjectMapper json;

    UpdateReader(ObjectMapper json) {
        this.json = json;
    }

    static ObjectMapper tolerantJson() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    List<ReceivedUpdate> readAll(JsonNode result) {
        List<ReceivedUpdate> updates = new ArrayList<>();
        if (result != null && result.isArray()) {
            result.forEach(node -> updates.add(read(node)));
        }
        return updates;
    }

    ReceivedUpdate read(JsonNode node) {
        String raw = node.toString();
        JsonNode id = node.path("update_id");
        if (!id.canConvertToLong() || !id.isIntegralNumber()) {
            return new ReceivedUpdate(null, raw, null, "no update_id");
        }
        try {
            Update update = json.treeToValue(node, Update.class);
            String problem = problem(update);
            return problem == null ? new ReceivedUpdate(id.asLong(), raw, update, null)
                    : new ReceivedUpdate(id.asLong(), raw, null, problem);
        } catch (Exception e) {
            // Jackson's message names the field and the value: enough for the log and the quarantine table
            return new ReceivedUpdate(id.asLong(), raw, null, clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** Stored updates are read again after a restart; null when that fails now. */
    Update reread(String raw) {
        try {
            Update update = json.readValue(raw, Update.class);
            return problem(update) == null ? update : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String problem(Update update) {
        if (update.getMessage() != null) {
            return chatProblem(update.getMessage().getChat(), "message");
        }
        if (update.getMyChatMember() != null) {
            var change = update.getMyChatMember();
            String chat = chatProblem(change.getChat(), "my_chat_member");
            return chat != null ? chat : change.getFrom() == null || change.getNewChatMember() == null
                    || change.getNewChatMember().getStatus() == null ? "my_chat_member without from or new_chat_member" : null;
        }
        if (update.getCallbackQuery() != null) {
            var query = update.getCallbackQuery();
            if (query.getFrom() == null || query.getId() == null) {
                return "callback_query without from or id";
            }
            return query.getMessage() instanceof Message message ? chatProblem(message.getChat(), "callback_query.message") : null;
        }
        return null;
    }

    private static String chatProblem(Chat chat, String where) {
        if (chat == null || chat.getId() == null || chat.getType() == null) {
            return where + " without a chat id and type";
        }
        return null;
    }

    private static String clip(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= LONGEST_PROBLEM ? line : line.substring(0, LONGEST_PROBLEM) + "…";
    }
}

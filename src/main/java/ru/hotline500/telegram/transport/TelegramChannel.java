package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.outbox.Delivery;
import ru.hotline500.telegram.outbox.DeliveryChannel;
import ru.hotline500.telegram.outbox.OutboxMessage;

/**
 * Sends outbox messages and documents over the Bot API (HTML parse mode, everything escaped), on the calling sender
 * thread and within the call's deadline, and says how it went.
 */
class TelegramChannel implements DeliveryChannel {

    private final BotApi api;
    private final TelegramProperties properties;

    TelegramChannel(BotApi api, TelegramProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @Override
    public Delivery deliver(OutboxMessage message, Runnable atTheWire) {
        try {
            return switch (message.kind()) {
                case BUTTON_ANSWER -> {
                    api.send(AnswerCallbackQuery.builder().callbackQueryId(message.callbackId()).text(message.text()).build(),
                            properties.callTimeout(), atTheWire);
                    yield new Delivery.Sent(null);
                }
                case DOCUMENT -> sent(api.sendDocument(message.chatId(), message.threadId(),
                        message.text() == null ? null : Html.escape(message.text()), message.fileName(), message.fileContent(),
                        properties.documentTimeout(), atTheWire));
                case MESSAGE -> sent(api.send(sendMessage(message), properties.callTimeout(), atTheWire));
            };
        } catch (BotApiFailure failure) {
            return outcome(failure);
        }
    }

    static SendMessage sendMessage(OutboxMessage message) {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder().chatId(message.chatId()).text(Html.escape(message.text()))
                .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .messageThreadId(message.threadId());
        if (message.replyTo() != null) {
            send.replyParameters(ReplyParameters.builder().messageId(message.replyTo()).allowSendingWithoutReply(true).build());
        }
        if (!message.buttons().isEmpty()) {
            send.replyMarkup(new InlineKeyboardMarkup(message.buttons().stream().map(TelegramChannel::row).toList()));
        }
        return send.build();
    }

    private static Delivery sent(JsonNode message) {
        JsonNode id = message.path("message_id");
        return new Delivery.Sent(id.canConvertToInt() ? id.asInt() : null);
    }

    private static InlineKeyboardRow row(List<Button> buttons) {
        return new InlineKeyboardRow(buttons.stream().map(b -> b.data() != null
                ? InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()
                : InlineKeyboardButton.builder().text(b.label()).url(b.url()).build()).toList());
    }

    private static Delivery outcome(BotApiFailure failure) {
        return switch (failure.kind()) {
            case REFUSED -> new Delivery.Permanent(failure.code(), failure.getMessage());
            case RETRY_AFTER -> new Delivery.RetryAfter(failure.retryAfter());
            case SERVER_ERROR, NOT_SENT -> new Delivery.Transient(failure.getMessage());
            case UNKNOWN -> new Delivery.Unknown(failure.getMessage());
        };
    }
}

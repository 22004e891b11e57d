package ru.hotline500.telegram.transport;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.hotline500.telegram.Button;
import ru.hotline500.telegram.outbox.Delivery;
import ru.hotline500.telegram.outbox.DeliveryChannel;
import ru.hotline500.telegram.outbox.OutboxMessage;

/** Sends outbox messages and documents over the Bot API (HTML parse mode, everything escaped) and says how it went. */
class TelegramChannel implements DeliveryChannel {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final TelegramClient client;

    TelegramChannel(TelegramClient client) {
        this.client = client;
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        try {
            if (message.kind() == OutboxMessage.Kind.BUTTON_ANSWER) {
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(message.callbackId()).text(message.text()).build());
                return new Delivery.Sent(null);
            }
            Message sent = message.kind() == OutboxMessage.Kind.DOCUMENT ? client.execute(sendDocument(message))
                    : client.execute(sendMessage(message));
            return new Delivery.Sent(sent == null ? null : sent.getMessageId());
        } catch (TelegramApiRequestException e) {
            return outcome(e);
        } catch (TelegramApiException e) {
            return new Delivery.Transient(String.valueOf(e.getMessage()));
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

    static SendDocument sendDocument(OutboxMessage message) {
        SendDocument.SendDocumentBuilder<?, ?> send = SendDocument.builder().chatId(message.chatId())
                .document(new InputFile(new ByteArrayInputStream(message.fileContent()), message.fileName()))
                .messageThreadId(message.threadId());
        if (message.text() != null && !message.text().isBlank()) {
            send.caption(Html.escape(message.text())).parseMode("HTML");
        }
        return send.build();
    }

    private static InlineKeyboardRow row(List<Button> buttons) {
        return new InlineKeyboardRow(buttons.stream().map(b -> b.data() != null
                ? InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()
                : InlineKeyboardButton.builder().text(b.label()).url(b.url()).build()).toList());
    }

    private static Delivery outcome(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String reason = String.valueOf(e.getApiResponse());
        if (code == null || code >= 500) {
            return new Delivery.Transient(code + ": " + reason);
        }
        if (code == 429) {
            Integer after = e.getParameters() != null ? e.getParameters().getRetryAfter() : null;
            return new Delivery.RetryAfter(after == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(after));
        }
        return new Delivery.Permanent(code, reason);
    }
}

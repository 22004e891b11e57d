package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;

/**
 * Our own Bot API calls: synchronous, on the caller's thread, each with its own deadline. There is no client-side
 * queue between the moment a caller decides to call and the request leaving (the library's client sent everything
 * through OkHttp's asynchronous dispatcher, five requests per host, which held paced messages back and released
 * them in bunches, and made one slow call hold every other). Every outcome is sorted into {@link BotApiFailure}
 * kinds, whatever the body of an error answer is (Telegram's nginx answers 502 with an HTML page).
 */
class BotApi {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType BYTES = MediaType.get("application/octet-stream");
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final int LONGEST_REASON = 300;

    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http;
    private final String base;

    BotApi(URI apiUrl, String token) {
        this.base = apiUrl.toString().replaceAll("/+$", "") + "/bot" + token + "/";
        // no read timeout of its own: each call has a deadline for the whole exchange instead; no silent retries
        // by the client either, which would send a message twice when only its answer was lost
        this.http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(0, TimeUnit.SECONDS)
                .writeTimeout(0, TimeUnit.SECONDS).connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false).addNetworkInterceptor(WireGate::pass).build();
    }

    /** Calls a method given as the library's request object; returns the answer's {@code result}. */
    JsonNode call(PartialBotApiMethod<?> method, Duration deadline) throws BotApiFailure {
        return send(method, deadline, () -> { });
    }

    /** As {@link #call}, running {@code atTheWire} once right before the request leaves (see {@link WireGate}). */
    JsonNode send(PartialBotApiMethod<?> method, Duration deadline, Runnable atTheWire) throws BotApiFailure {
        String body;
        try {
            body = json.writeValueAsString(method);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + method.getMethod(), e);
        }
        return post(method.getMethod(), RequestBody.create(body, JSON), deadline, atTheWire);
    }

    /**
     * A method that only reads (getMe, getChatMember, getFile): asked once more when the first answer was lost, as a
     * pooled connection the server had closed loses it. Sends are never repeated here: their caller decides.
     */
    JsonNode query(PartialBotApiMethod<?> method, Duration deadline) throws BotApiFailure {
        try {
            return call(method, deadline);
        } catch (BotApiFailure failure) {
            if (failure.kind() != BotApiFailure.Kind.UNKNOWN && failure.kind() != BotApiFailure.Kind.NOT_SENT) {
                throw failure;
            }
            return call(method, deadline);
        }
    }

    /** sendDocument with the file's bytes (multipart/form-data); the caption, when given, in HTML. */
    JsonNode sendDocument(long chatId, Integer threadId, String caption, String fileName, byte[] content, Duration deadline,
                          Runnable atTheWire) throws BotApiFailure {
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("chat_id", Long.toString(chatId))
                .addFormDataPart("document", fileName, RequestBody.create(content, BYTES));
        if (threadId != null) {
            form.addFormDataPart("message_thread_id", threadId.toString());
        }
        if (caption != null && !caption.isBlank()) {
            form.addFormDataPart("caption", caption).addFormDataPart("parse_mode", "HTML");
        }
        return post("sendDocument", form.build(), deadline, atTheWire);
    }

    private JsonNode post(String method, RequestBody body, Duration deadline, Runnable atTheWire) throws BotApiFailure {
        Call call = http.newCall(new Request.Builder().url(base + method).post(body).tag(WireGate.class, new WireGate(atTheWire)).build());
        call.timeout().timeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            return ApiAnswers.result(response.code(), response.message(), response.body() == null ? "" : response.body().string());
        } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
            throw BotApiFailure.of(BotApiFailure.Kind.NOT_SENT, method + ": Telegram not reached (" + e.getMessage() + ")");
        } catch (InterruptedIOException e) {
            throw BotApiFailure.of(BotApiFailure.Kind.UNKNOWN, method + ": no answer within " + deadline.toSeconds() + " s");
        } catch (IOException e) {
            throw BotApiFailure.of(BotApiFailure.Kind.UNKNOWN, method + ": connection broken while waiting for the answer ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Reads the Bot API's answers: its JSON envelope when there is one, the HTTP status when there is not. */
    static final class ApiAnswers {

        private static final ObjectMapper JSON_READER = new ObjectMapper();

        private ApiAnswers() {
        }

        static JsonNode result(int status, String statusText, String body) throws BotApiFailure {
            JsonNode answer = envelope(body);
            if (answer != null && answer.path("ok").asBoolean(false)) {
                return answer.path("result");
            }
            if (answer == null) {
                throw notTheBotApi(status, statusText, body);
            }
            int code = answer.path("error_code").asInt(status);
            String description = answer.path("description").asText("");
            String reason = code + ": " + clip(description);
            if (code == 429) {
                long after = answer.path("parameters").path("retry_after").asLong(0);
                return failWith(new BotApiFailure(BotApiFailure.Kind.RETRY_AFTER, code, reason,
                        after > 0 ? Duration.ofSeconds(after) : DEFAULT_RETRY_AFTER));
            }
            BotApiFailure.Kind kind = code >= 500 || code < 400 ? BotApiFailure.Kind.SERVER_ERROR : BotApiFailure.Kind.REFUSED;
            return failWith(new BotApiFailure(kind, code, reason, null));
        }

        /** A proxy's page or a broken answer: only a 413 (the request is too large) is a refusal worth believing. */
        private static BotApiFailure notTheBotApi(int status, String statusText, String body) {
            String reason = "HTTP " + status + (statusText == null || statusText.isBlank() ? "" : " " + statusText)
                    + ", not an answer of the Bot API: " + clip(text(body));
            if (status == 429) {
                return new BotApiFailure(BotApiFailure.Kind.RETRY_AFTER, status, reason, DEFAULT_RETRY_AFTER);
            }
            return new BotApiFailure(status == 413 ? BotApiFailure.Kind.REFUSED : BotApiFailure.Kind.SERVER_ERROR, status, reason, null);
        }

        private static JsonNode failWith(BotApiFailure failure) throws BotApiFailure {
            throw failure;
        }

        private static JsonNode envelope(String body) {
            try {
                JsonNode node = JSON_READER.readTree(body);
                return node != null && node.isObject() && node.has("ok") ? node : null;
            } catch (IOException e) {
                return null;
            }
        }

        /** An HTML page as its words: "<html><h1>502 Bad Gateway</h1>" reads "502 Bad Gateway". */
        private static String text(String body) {
            String words = body == null ? "" : body.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            return words.isEmpty() ? "(empty body)" : words;
        }

        private static String clip(String text) {
            return text.length() <= LONGEST_REASON ? text : text.substring(0, LONGEST_REASON) + "…";
        }
    }
}

package ru.hotline500.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API server on 127.0.0.1 that behaves like Telegram where the bot can tell: getUpdates is held open until
 * an update comes or the timeout passes and honours the offset (it keeps every update, so a bot that forgot its
 * offset gets old ones again); sendMessage can be told to fail with 429 or 500 first; everything sent is recorded,
 * documents (multipart/form-data, as the library uploads them) with their bytes. Files a test offers are described
 * by getFile and served under /file/bot&lt;token&gt;/documents/&lt;file id&gt;.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-TOKEN";
    public static final long BOT_ID = 999;
    public static final String BOT_NAME = "hotline500_test_bot";

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, each reply then
        // waits ~40 ms for the client's delayed ACK, which real Telegram never does. Read once, before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<SentDocument> documents = new ArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> groupAdmins = ConcurrentHashMap.newKeySet();
    private final Deque<Long> recentSends = new ArrayDeque<>();
    private int perSecond;
    private int limited;
    private final Deque<Integer> sendFailures = new ArrayDeque<>();
    private final UpdateJson builder = new UpdateJson();
    private volatile boolean unreachable;
    private volatile CountDownLatch heldSends;
    private volatile DeliveryListener deliveryListener = (chatId, nanoTime) -> { };
    private volatile boolean recordCalls = true;

    /** Told of every message delivered (answered 200), as it happens. */
    public interface DeliveryListener {
        void delivered(long chatId, long nanoTime);
    }
    private int retryAfterSeconds = 1;
    private final Deque<Fault> sendFaults = new ArrayDeque<>();
    private final Map<String, Duration> methodHangs = new ConcurrentHashMap<>();
    private final Map<Long, Duration> chatHangs = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hangingCalls = new ConcurrentHashMap<>();
    /** Counted down by {@link #stopHanging()}: every call still waiting out a hang is answered at once. */
    private volatile java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    private final AtomicInteger hanging = new AtomicInteger();
    private final Map<Long, Deque<Long>> groupSends = new java.util.HashMap<>();
    private volatile boolean sendsFailWithHtml;
    private int groupPerMinute;
    private int groupLimited;

    /** An answer other than Telegram's own: an HTTP status with a body of any kind (nginx's HTML page, say). */
    public record Fault(int status, String contentType, String body) {

        public static Fault html(int status, String title) {
            return new Fault(status, "text/html", "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>"
                    + title + "</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n");
        }
    }

    /** A method the bot called, with its JSON body and what it was answered (HTTP status). */
    public record Call(String method, JsonNode body, int status, long nanoTime) {
    }

    /** A file the bot sent with sendDocument; {@code caption} is as sent (HTML), null when there was none. */
    public record SentDocument(long chatId, String fileName, String caption, byte[] content) {
    }

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** While unreachable every call gets 502, as when Telegram cannot be reached through a proxy. */
    public void unreachable(boolean value) {
        this.unreachable = value;
    }

    /**
     * While held, sendMessage calls are recorded (status 0) and never answered: the message has not reached anyone,
     * as when the process dies before Telegram could take it. Releasing drops the held connections.
     */
    public synchronized void holdSends(boolean hold) {
        if (hold && heldSends == null) {
            heldSends = new CountDownLatch(1);
        } else if (!hold && heldSends != null) {
            heldSends.countDown();
            heldSends = null;
        }
    }

    public void onDelivered(DeliveryListener listener) {
        this.deliveryListener = listener;
    }

    /** A benchmark stops keeping every call (and every update once it was fetched) to measure without the fake's memory. */
    public void recordCalls(boolean value) {
        this.recordCalls = value;
    }

    /** The next sendMessage calls fail with these HTTP codes (429 carries retry_after), in order. */
    public synchronized void failNextSends(int retryAfter, Integer... codes) {
        this.retryAfterSeconds = retryAfter;
        sendFailures.addAll(List.of(codes));
    }

    /** The next sendMessage and sendDocument calls get these answers, in order. */
    public synchronized void faultNextSends(Fault... faults) {
        sendFaults.addAll(List.of(faults));
    }

    /** While on, every sendMessage gets nginx's 502 page (getUpdates still works): replies pile up in the outbox. */
    public void sendsFailWithHtml(boolean value) {
        this.sendsFailWithHtml = value;
    }

    /**
     * Calls of this method (e.g. "getchatmember", "getfile") wait this long, or until {@link #stopHanging()}, before
     * they are answered as usual.
     */
    public void hang(String method, Duration duration) {
        methodHangs.put(method.toLowerCase(java.util.Locale.ROOT), duration);
    }

    /**
     * sendMessage calls to this chat wait this long (or until {@link #stopHanging()}) and then deliver, whether or not
     * the bot still waits for the answer: as a slow Telegram does.
     */
    public void hangSendsTo(long chatId, Duration duration) {
        chatHangs.put(chatId, duration);
    }

    /** Calls of this method (lower case, "getchatmember") waiting out a {@link #hang} right now. */
    public int hangingCalls(String method) {
        AtomicInteger waiting = hangingCalls.get(method);
        return waiting == null ? 0 : waiting.get();
    }

    /** sendMessage calls waiting out a {@link #hangSendsTo} right now. */
    public int hanging() {
        return hanging.get();
    }

    /** No call hangs any more, and those waiting out a hang now are answered at once. */
    public void stopHanging() {
        methodHangs.clear();
        chatHangs.clear();
        java.util.concurrent.CountDownLatch released = release;
        release = new java.util.concurrent.CountDownLatch(1);
        released.countDown();
    }

    public synchronized long text(long chatId, long userId, String text) {
        ObjectNode message = message(chatId, "private", userId, text);
        return push(update -> update.set("message", message));
    }

    public synchronized long press(long chatId, long userId, int messageId, String data) {
        return push(update -> {
            ObjectNode query = update.putObject("callback_query");
            query.put("id", "cb" + update.get("update_id").asLong());
            query.set("from", user(userId));
            query.put("chat_instance", "ci" + chatId);
            query.put("data", data);
            ObjectNode message = message(chatId, chatId > 0 ? "private" : "supergroup", BOT_ID, "…");
            message.put("message_id", messageId);
            message.set("from", user(BOT_ID).put("is_bot", true));
            query.set("message", message);
        });
    }

    /** An update of any shape: the consumer fills the update object. */
    public synchronized long push(java.util.function.Consumer<ObjectNode> filler) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", updates.size() + 1);
        filler.accept(update);
        updates.add(update);
        notifyAll();
        return update.get("update_id").asLong();
    }

    public ObjectNode message(long chatId, String type, long userId, String text) {
        return builder.message(chatId, type, userId, text);
    }

    public ObjectNode user(long id) {
        return builder.user(id);
    }

    /** A message that replies (Telegram's "Reply") to one the bot sent. */
    public ObjectNode replyToBot(long chatId, String type, long userId, String text, int botMessageId) {
        ObjectNode message = builder.message(chatId, type, userId, text);
        ObjectNode replied = builder.message(chatId, type, BOT_ID, "");
        replied.put("message_id", botMessageId);
        message.set("reply_to_message", replied);
        return message;
    }

    /** Builds the JSON of messages and users as Telegram sends them. */
    public static final class UpdateJson {

        private final ObjectMapper json = new ObjectMapper();
        private final AtomicInteger messageIds = new AtomicInteger(1000);

        public ObjectNode message(long chatId, String type, long userId, String text) {
            ObjectNode message = json.createObjectNode();
            message.put("message_id", messageIds.incrementAndGet());
            message.put("date", 1_700_000_000);
            ObjectNode chat = message.putObject("chat");
            chat.put("id", chatId);
            chat.put("type", type);
            if (!"private".equals(type)) {
                chat.put("title", "Группа " + chatId);
            }
            message.set("from", user(userId));
            message.put("text", text);
            return message;
        }

        public ObjectNode user(long id) {
            ObjectNode user = json.createObjectNode();
            user.put("id", id);
            user.put("is_bot", id == BOT_ID);
            user.put("first_name", id == BOT_ID ? "Hotline" : "Мария");
            if (id == BOT_ID) {
                user.put("username", BOT_NAME);
            }
            return user;
        }
    }

    /** getChatMember answers "creator" for this person in this group, "member" for everyone else. */
    public void administers(long userId, long chatId) {
        groupAdmins.add(chatId + ":" + userId);
    }

    private ObjectNode chatMember(JsonNode request) {
        long user = request.path("user_id").asLong();
        boolean admin = groupAdmins.contains(request.path("chat_id").asText() + ":" + user);
        ObjectNode member = json.createObjectNode();
        member.put("status", admin ? "creator" : "member");
        member.set("user", user(user));
        if (admin) {
            member.put("is_anonymous", false);
        }
        return member;
    }

    /** A file people sent, for getFile and the download that follows it. */
    public void offerFile(String fileId, byte[] content) {
        files.put(fileId, content.clone());
    }

    /** A person sends the bot a file in their private chat; it is offered for download under {@code fileId}. */
    public synchronized long document(long userId, String fileId, String fileName, byte[] content) {
        offerFile(fileId, content);
        ObjectNode message = message(userId, "private", userId, null);
        message.remove("text");
        message.putObject("document").put("file_id", fileId).put("file_unique_id", fileId + "-u").put("file_name", fileName)
                .put("file_size", content.length);
        return push(update -> update.set("message", message));
    }

    /** Documents delivered (answered 200), in order. */
    public synchronized List<SentDocument> documents() {
        return List.copyOf(documents);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** Messages delivered (answered 200) to a chat, texts in order; each with the "message_id" Telegram gave it. */
    public synchronized List<JsonNode> delivered(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.status() == 200)
                .map(Call::body).filter(b -> b.get("chat_id").asLong() == chatId).toList();
    }

    /** Waits until the condition on the recorded calls holds; fails the test after the timeout. */
    public void await(String what, Predicate<FakeBotApi> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; calls: " + summary());
            }
            Thread.sleep(20);
        }
    }

    private synchronized String summary() {
        return calls.stream().map(c -> c.method() + "(" + c.status() + ")").toList().toString();
    }

    /** When the request being handled arrived: calls are recorded at arrival, as Telegram counts its limits. */
    private static final ThreadLocal<Long> ARRIVAL = ThreadLocal.withInitial(System::nanoTime);

    private void handle(HttpExchange exchange) throws IOException {
        ARRIVAL.set(System.nanoTime());
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        Map<String, Part> form = Part.parse(exchange.getRequestHeaders().getFirst("Content-Type"), raw);
        JsonNode body = !form.isEmpty() ? fields(form) : raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
        if (unreachable) {
            respond(exchange, method, body, 502, error(502, "Bad Gateway"));
            return;
        }
        if (path.startsWith("/file/")) {
            download(exchange, path);
            return;
        }
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            respond(exchange, method, body, 401, error(401, "Unauthorized"));
            return;
        }
        Duration hang = methodHangs.get(method);
        if (hang != null) {
            AtomicInteger waiting = hangingCalls.computeIfAbsent(method, m -> new AtomicInteger());
            waiting.incrementAndGet();
            try {
                pause(hang);
            } finally {
                waiting.decrementAndGet();
            }
        }
        switch (method) {
            case "getme" -> respond(exchange, method, body, 200, ok(user(BOT_ID).put("is_bot", true)));
            case "getupdates" -> respond(exchange, method, body, 200, ok(updatesFrom(body)));
            case "sendmessage" -> sendMessage(exchange, body);
            case "senddocument" -> sendDocument(exchange, body, form);
            case "getfile" -> getFile(exchange, body);
            case "getchatmember" -> respond(exchange, method, body, 200, ok(chatMember(body)));
            default -> respond(exchange, method, body, 200, ok(json.getNodeFactory().booleanNode(true)));
        }
    }

    private void sendDocument(HttpExchange exchange, JsonNode body, Map<String, Part> form) throws IOException {
        Fault fault;
        synchronized (this) {
            fault = sendFaults.poll();
        }
        if (fault != null) {
            respondRaw(exchange, "senddocument", body, fault);
            return;
        }
        Part document = Part.attached(form, "document");
        if (document == null || document.fileName() == null || !body.hasNonNull("chat_id")) {
            respond(exchange, "senddocument", body, 400, error(400, "Bad Request: there is no document in the request"));
            return;
        }
        long chatId = body.get("chat_id").asLong();
        synchronized (this) {
            documents.add(new SentDocument(chatId, document.fileName(), body.hasNonNull("caption") ? body.get("caption").asText() : null,
                    document.content()));
        }
        ObjectNode message = message(chatId, chatId > 0 ? "private" : "supergroup", BOT_ID, null);
        message.remove("text");
        message.set("from", user(BOT_ID).put("is_bot", true));
        message.putObject("document").put("file_id", "sent-" + document.fileName()).put("file_unique_id", "u-" + document.fileName())
                .put("file_name", document.fileName()).put("file_size", document.content().length);
        respond(exchange, "senddocument", body, 200, ok(message));
        deliveryListener.delivered(chatId, System.nanoTime());
    }

    private void getFile(HttpExchange exchange, JsonNode body) throws IOException {
        String fileId = body.path("file_id").asText();
        byte[] content = files.get(fileId);
        if (content == null) {
            respond(exchange, "getfile", body, 400, error(400, "Bad Request: invalid file_id"));
            return;
        }
        ObjectNode file = json.createObjectNode().put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                .put("file_size", content.length).put("file_path", "documents/" + fileId);
        respond(exchange, "getfile", body, 200, ok(file));
    }

    /** Serves an offered file as Telegram does, at /file/bot&lt;token&gt;/&lt;file_path&gt;. */
    private void download(HttpExchange exchange, String path) throws IOException {
        String prefix = "/file/bot" + TOKEN + "/documents/";
        byte[] content = path.startsWith(prefix) ? files.get(path.substring(prefix.length())) : null;
        int status = !path.startsWith("/file/bot" + TOKEN + "/") ? 401 : content == null ? 404 : 200;
        if (recordCalls) {
            synchronized (this) {
                calls.add(new Call("file", json.createObjectNode().put("path", path), status, ARRIVAL.get()));
            }
        }
        byte[] bytes = status == 200 ? content : new byte[0];
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The text fields of a form as a JSON object, as the other methods' bodies are; a file part by its name. */
    private ObjectNode fields(Map<String, Part> form) {
        ObjectNode body = json.createObjectNode();
        form.forEach((name, part) -> body.put(name, part.fileName() != null ? part.fileName() : new String(part.content(), StandardCharsets.UTF_8)));
        return body;
    }

    /**
     * One part of a multipart/form-data body (RFC 7578): its name, its file name (null for a plain field) and its bytes.
     * Enough of the format for what OkHttp writes: CRLF line ends, quoted parameters, headers in UTF-8.
     */
    record Part(String name, String fileName, byte[] content) {

        private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
        private static final Pattern PARAMETER = Pattern.compile(";\\s*(name|filename)=\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);

        /** A file field: the file itself, or (as the library uploads) "attach://name" pointing at the part holding it. */
        static Part attached(Map<String, Part> form, String field) {
            Part part = form.get(field);
            if (part == null || part.fileName() != null) {
                return part;
            }
            String value = new String(part.content(), StandardCharsets.UTF_8);
            return value.startsWith("attach://") ? form.get(value.substring("attach://".length())) : null;
        }

        /** The parts by name, none when the body is not multipart/form-data. */
        static Map<String, Part> parse(String contentType, byte[] body) {
            Matcher boundary = contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                    ? null : BOUNDARY.matcher(contentType);
            Map<String, Part> parts = new LinkedHashMap<>();
            if (boundary == null || !boundary.find()) {
                return parts;
            }
            // ISO-8859-1 maps every byte to one char and back: the body can be searched as text and cut as bytes
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String delimiter = "--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
            int at = text.indexOf(delimiter);
            while (at >= 0 && !text.startsWith("--", at + delimiter.length())) {
                int headersStart = text.indexOf("\r\n", at) + 2;
                int headersEnd = text.indexOf("\r\n\r\n", headersStart);
                int next = text.indexOf("\r\n" + delimiter, headersEnd);
                Part part = part(text.substring(headersStart, headersEnd), Arrays.copyOfRange(body, headersEnd + 4, next));
                parts.put(part.name(), part);
                at = next + 2;
            }
            return parts;
        }

        private static Part part(String headers, byte[] content) {
            String utf8 = new String(headers.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            String disposition = utf8.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-disposition:"))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("a part without Content-Disposition: " + utf8));
            Map<String, String> parameters = new LinkedHashMap<>();
            Matcher parameter = PARAMETER.matcher(disposition);
            while (parameter.find()) {
                parameters.put(parameter.group(1).toLowerCase(java.util.Locale.ROOT), parameter.group(2).replaceAll("\\\\(.)", "$1"));
            }
            return new Part(parameters.get("name"), parameters.get("filename"), content);
        }
    }

    /**
     * As Telegram does: more than {@code perSecond} sendMessage calls within any one second are answered 429 with
     * retry_after (0 turns it off, the default).
     */
    public synchronized void limitPerSecond(int perSecond) {
        this.perSecond = perSecond;
        recentSends.clear();
        limited = 0;
    }

    /** As Telegram does: more than {@code perMinute} sendMessage calls to one group within any 60 s are answered 429. */
    public synchronized void limitPerGroup(int perMinute) {
        this.groupPerMinute = perMinute;
        groupSends.clear();
        groupLimited = 0;
    }

    /** How many sendMessage calls were answered 429 by {@link #limitPerGroup}. */
    public synchronized int groupLimited() {
        return groupLimited;
    }

    private boolean groupOverLimit(long chatId, long now) {
        if (groupPerMinute <= 0 || chatId >= 0) {
            return false;
        }
        Deque<Long> times = groupSends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= 60_000_000_000L) {
            times.pollFirst();
        }
        if (times.size() >= groupPerMinute) {
            groupLimited++;
            return true;
        }
        times.addLast(now);
        return false;
    }

    /** The most calls of this method (any answer) that arrived within one second, among those since {@code sinceNanos}. */
    public synchronized int busiestSecond(String method, long sinceNanos) {
        List<Long> times = calls.stream().filter(c -> c.method().equalsIgnoreCase(method) && c.nanoTime() >= sinceNanos)
                .map(Call::nanoTime).sorted().toList();
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= 1_000_000_000L) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** The arrival times (nanoTime) of this method's calls since {@code sinceNanos}, in order. */
    public synchronized List<Long> arrivals(String method, long sinceNanos) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method) && c.nanoTime() >= sinceNanos)
                .map(Call::nanoTime).sorted().toList();
    }

    /** How many sendMessage calls were answered 429 by {@link #limitPerSecond}. */
    public synchronized int limited() {
        return limited;
    }

    private boolean overLimit(long now) {
        if (perSecond <= 0) {
            return false;
        }
        while (!recentSends.isEmpty() && now - recentSends.peekFirst() >= 1_000_000_000L) {
            recentSends.pollFirst();
        }
        if (recentSends.size() >= perSecond) {
            return true;
        }
        recentSends.addLast(now);
        return false;
    }

    private void sendMessage(HttpExchange exchange, JsonNode body) throws IOException {
        Integer failure;
        CountDownLatch hold;
        Fault fault;
        synchronized (this) {
            fault = sendsFailWithHtml ? Fault.html(502, "502 Bad Gateway") : sendFaults.poll();
            failure = fault != null ? null : sendFailures.poll();
            long now = System.nanoTime();
            if (fault == null && failure == null && (overLimit(now) || groupOverLimit(body.path("chat_id").asLong(), now))) {
                failure = 429;
                limited++;
            }
            hold = heldSends;
            if (hold != null) {
                calls.add(new Call("sendmessage", body, 0, ARRIVAL.get()));
            }
        }
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (fault != null) {
            respondRaw(exchange, "sendmessage", body, fault);
            return;
        }
        Duration slow = chatHangs.get(body.path("chat_id").asLong());
        if (slow != null) {
            hanging.incrementAndGet();
            try {
                pause(slow);
            } finally {
                hanging.decrementAndGet();
            }
        }
        if (failure != null) {
            ObjectNode error = error(failure, failure == 429 ? "Too Many Requests: retry after " + retryAfterSeconds : "Internal Server Error");
            if (failure == 429) {
                error.putObject("parameters").put("retry_after", retryAfterSeconds);
            }
            respond(exchange, "sendmessage", body, failure, error);
            return;
        }
        ObjectNode message = message(body.get("chat_id").asLong(), body.get("chat_id").asLong() > 0 ? "private" : "supergroup", BOT_ID,
                body.get("text").asText());
        message.set("from", user(BOT_ID).put("is_bot", true));
        ObjectNode recorded = body.deepCopy();
        recorded.put("message_id", message.get("message_id").asInt());
        respond(exchange, "sendmessage", recorded, 200, ok(message));
        deliveryListener.delivered(body.get("chat_id").asLong(), System.nanoTime());
    }

    private synchronized JsonNode updatesFrom(JsonNode request) {
        long offset = request.path("offset").asLong(0);
        long timeoutMillis = request.path("timeout").asLong(0) * 1000;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int from = (int) Math.max(0, offset - 1);
        while (updates.size() <= from && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        var result = json.createArrayNode();
        // update ids are 1, 2, 3, ...: the update with id n is at index n - 1
        updates.stream().skip(from).limit(request.path("limit").asInt(100)).forEach(result::add);
        return result;
    }

    private void respondRaw(HttpExchange exchange, String method, JsonNode body, Fault fault) throws IOException {
        if (recordCalls) {
            synchronized (this) {
                calls.add(new Call(method, body, fault.status(), ARRIVAL.get()));
            }
        }
        byte[] bytes = fault.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", fault.contentType());
        exchange.sendResponseHeaders(fault.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void pause(Duration duration) {
        try {
            release.await(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode response = json.createObjectNode();
        response.put("ok", true);
        response.set("result", result);
        return response;
    }

    private ObjectNode error(int code, String description) {
        ObjectNode response = json.createObjectNode();
        response.put("ok", false);
        response.put("error_code", code);
        response.put("description", description);
        return response;
    }

    private void respond(HttpExchange exchange, String method, JsonNode body, int status, JsonNode response) throws IOException {
        if (recordCalls) {
            synchronized (this) {
                calls.add(new Call(method, body, status, ARRIVAL.get()));
            }
        }
        byte[] bytes = json.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        holdSends(false);
        synchronized (this) {
            notifyAll();
        }
        server.stop(0);
    }
}

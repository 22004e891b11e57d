package ru.hotline500.telegram.outbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages waiting, one queue (lane) per chat in the order of their ids, and one lane per button answer. Not
 * thread-safe: the sender guards it with its own monitor.
 */
final class OutboxLanes {

    private final Map<String, Deque<OutboxMessage>> lanes = new LinkedHashMap<>();
    private final Set<Long> queued = new HashSet<>();

    void add(OutboxMessage message) {
        if (queued.add(message.id())) {
            lanes.computeIfAbsent(message.lane(), lane -> new ArrayDeque<>()).add(message);
        }
    }

    /** A group became a supergroup: what waits for the old id goes to the new one, after what already waits there. */
    void migrate(long oldChatId, long newChatId) {
        Deque<OutboxMessage> lane = lanes.remove(OutboxMessage.chatLane(oldChatId));
        if (lane != null) {
            Deque<OutboxMessage> target = lanes.computeIfAbsent(OutboxMessage.chatLane(newChatId), key -> new ArrayDeque<>());
            lane.forEach(m -> target.add(m.movedTo(newChatId)));
        }
    }

    Iterable<Map.Entry<String, Deque<OutboxMessage>>> all() {
        return lanes.entrySet();
    }

    /** The lane's first message is this one, changed (a later attempt). */
    void replaceHead(String lane, OutboxMessage message) {
        Deque<OutboxMessage> queue = lanes.get(lane);
        if (queue != null && !queue.isEmpty() && queue.peek().id() == message.id()) {
            queue.poll();
            queue.addFirst(message);
        }
    }

    /** The lane's first message is done with (sent, or given up). */
    void done(String lane, OutboxMessage message) {
        Deque<OutboxMessage> queue = lanes.get(lane);
        if (queue != null && !queue.isEmpty() && queue.peek().id() == message.id()) {
            queue.poll();
            if (queue.isEmpty()) {
                lanes.remove(lane);
            }
        }
        queued.remove(message.id());
    }

    /** Drops the whole lane; returns what still waited in it. */
    List<OutboxMessage> drop(String lane) {
        Deque<OutboxMessage> remaining = lanes.remove(lane);
        List<OutboxMessage> rest = remaining == null ? List.of() : List.copyOf(remaining);
        rest.forEach(m -> queued.remove(m.id()));
        return rest;
    }

    int waiting() {
        return queued.size();
    }
}

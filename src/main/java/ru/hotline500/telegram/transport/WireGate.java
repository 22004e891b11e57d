package ru.hotline500.telegram.transport;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * What a request runs at the last moment before it leaves: as OkHttp's network interceptor, after the connection is
 * ready and right before the request is written. The outbox keeps Telegram's global pace here; pacing any earlier
 * (before a new connection, or code run for the first time after a start) let requests that waited there reach
 * Telegram together: 39 in one second after a restart with a backlog.
 */
final class WireGate {

    private final Runnable atTheWire;
    private final AtomicBoolean passed = new AtomicBoolean();

    WireGate(Runnable atTheWire) {
        this.atTheWire = atTheWire;
    }

    static Response pass(Interceptor.Chain chain) throws IOException {
        WireGate gate = chain.request().tag(WireGate.class);
        if (gate != null && gate.passed.compareAndSet(false, true)) {
            gate.atTheWire.run();
        }
        return chain.proceed(chain.request());
    }
}

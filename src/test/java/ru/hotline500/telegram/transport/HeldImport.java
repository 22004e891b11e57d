package ru.hotline500.telegram.transport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;
import ru.hotline500.people.People;

/**
 * Holds a running application's next directory import when it asks for the {@code look}-th time whether to stop:
 * inside its transaction, after what it wrote before that look. It goes on when the test lets it go, and stops when
 * the application stops. Added to the {@link People} proxy as an advice, so the application itself is unchanged and
 * nothing depends on how fast the import is.
 */
final class HeldImport implements MethodInterceptor {

    private static final Duration LONGEST_HOLD = Duration.ofMinutes(5);

    private final int look;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private HeldImport(int look) {
        this.look = look;
    }

    static HeldImport atLook(ApplicationContext app, int look) {
        HeldImport hold = new HeldImport(look);
        ((Advised) app.getBean(People.class)).addAdvice(0, hold);
        return hold;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Object[] arguments = invocation.getArguments();
        if (invocation.getMethod().getName().equals("importTable") && arguments.length == 2 && arguments[1] instanceof BooleanSupplier stop) {
            AtomicInteger looks = new AtomicInteger();
            arguments[1] = (BooleanSupplier) () -> looks.incrementAndGet() == look ? hold(stop) : stop.getAsBoolean();
        }
        return invocation.proceed();
    }

    /** Waits until the import is held; fails the test after {@code timeout}. */
    void awaitHeld(Duration timeout) throws InterruptedException {
        if (!held.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the directory import was not held within " + timeout);
        }
    }

    void release() {
        released.countDown();
    }

    private boolean hold(BooleanSupplier stop) {
        held.countDown();
        long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
        try {
            while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
                if (released.await(20, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stop.getAsBoolean();
    }
}

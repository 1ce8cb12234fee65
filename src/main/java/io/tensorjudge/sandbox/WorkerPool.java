package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Warm workers of one language, already past their expensive start (NumPy imported / ND4J loaded) and waiting
 * for a job. Each is handed out once; a background refill keeps the pool at its size.
 */
final class WorkerPool {
    private static final Logger LOG = Logger.getLogger(WorkerPool.class);

    interface Starter {
        Worker startReady() throws Exception;
    }

    private final Language language;
    private final int size;
    private final Starter starter;
    private final ExecutorService refill;
    private final BlockingQueue<Worker> ready = new LinkedBlockingQueue<>();
    private final AtomicInteger starting = new AtomicInteger();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile boolean closed;

    WorkerPool(Language language, int size, Starter starter, ExecutorService refill) {
        this.language = language;
        this.size = size;
        this.starter = starter;
        this.refill = refill;
    }

    int size() {
        return size;
    }

    int ready() {
        return ready.size();
    }

    void start() {
        topUp();
    }

    /**
     * A live warm worker, or null when none is ready and none is on its way (the caller then starts one itself).
     * When the refill is already starting workers, waiting for one of them beats starting yet another interpreter
     * on the same cores.
     */
    Worker poll(long waitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        while (true) {
            Worker w = ready.poll();
            if (w == null && starting.get() > 0 && consecutiveFailures.get() == 0) {
                long left = deadline - System.nanoTime();
                w = left > 0 ? ready.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS) : null;
            }
            topUp();
            if (w == null) {
                return null;
            }
            if (w.isAlive()) {
                return w;
            }
            w.kill();
        }
    }

    private void topUp() {
        if (closed || consecutiveFailures.get() >= 3) {
            return; // a broken sandbox would otherwise spin; the self-test reports it
        }
        while (ready.size() + starting.get() < size) {
            starting.incrementAndGet();
            try {
                refill.execute(this::startOne);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                starting.decrementAndGet();
                return;
            }
        }
    }

    private void startOne() {
        try {
            Worker w = starter.startReady();
            if (closed) {
                w.kill();
            } else {
                ready.add(w);
                consecutiveFailures.set(0);
            }
        } catch (Exception e) {
            int n = consecutiveFailures.incrementAndGet();
            LOG.warnf("could not start a warm %s sandbox worker (%d in a row): %s", language, n, e.getMessage());
        } finally {
            starting.decrementAndGet();
        }
        topUp();
    }

    void close() {
        closed = true;
        Worker w;
        while ((w = ready.poll()) != null) {
            w.kill();
        }
    }
}

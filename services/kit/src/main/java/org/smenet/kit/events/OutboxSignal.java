package org.smenet.kit.events;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relays of this JVM when an aggregate write put events into an outbox, so an event goes out
 * within milliseconds instead of at the next poll. Polling stays as the fallback for writes of other
 * replicas and for restarts; change streams are not used (the dev store's do not wait and miss
 * {@code findOneAndUpdate}, see RECIPES.md).
 *
 * <p>Relays listen per database (the service's store): {@link AggregateWriter} calls
 * {@link #written(String)} after a successful write. A static hub keeps that hook one line and leaves
 * the writer's constructor alone; a wake-up is only a hint, so a missed one costs one poll interval.
 */
public final class OutboxSignal {

    private static final Map<String, Set<OutboxSignal>> LISTENING = new ConcurrentHashMap<>();

    /** At most one pending wake-up: several writes during a pass need one more pass, not several. */
    private final Semaphore wakeUps = new Semaphore(0);

    /** An aggregate write with events succeeded in {@code database}: wake the relays that serve it. */
    public static void written(String database) {
        Set<OutboxSignal> signals = LISTENING.get(database);
        if (signals != null) {
            signals.forEach(OutboxSignal::wake);
        }
    }

    public void listenTo(String database) {
        LISTENING.computeIfAbsent(database, name -> ConcurrentHashMap.newKeySet()).add(this);
    }

    public void stopListening(String database) {
        Set<OutboxSignal> signals = LISTENING.get(database);
        if (signals != null) {
            signals.remove(this);
        }
    }

    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Waits for a wake-up or the timeout; returns whether it was woken. */
    public boolean await(Duration timeout) throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        wakeUps.drainPermits();
        return woken;
    }
}

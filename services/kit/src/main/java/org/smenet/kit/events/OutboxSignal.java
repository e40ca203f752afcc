package org.smenet.kit.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relays of this JVM when an aggregate write put events into an outbox, and tells them which
 * documents, so an event goes out within milliseconds: the relay reads those documents by {@code _id}
 * instead of scanning for pending ones. Polling stays as the fallback for writes of other replicas,
 * restarts and lost hints; change streams are not used (the dev store's do not wait and miss
 * {@code findOneAndUpdate}, see RECIPES.md).
 *
 * <p>Relays listen per database (the service's store): {@link AggregateWriter} calls
 * {@link #written(String, String, Object)} after a successful write. A static hub keeps that hook one
 * line and leaves the writer's constructor alone; a hint is only a hint, so a lost one costs one poll.
 */
public final class OutboxSignal {

    /** Beyond this many hinted documents between two passes a scan is cheaper than the hints. */
    static final int MAX_HINTS = 5_000;

    private static final Map<String, Set<OutboxSignal>> LISTENING = new ConcurrentHashMap<>();

    /** At most one pending wake-up: several writes during a pass need one more pass, not several. */
    private final Semaphore wakeUps = new Semaphore(0);
    private Map<String, Set<Object>> hints = new LinkedHashMap<>();
    private int hinted;
    private boolean overflow;

    /** The documents written since the last {@link #drain()}, per collection; overflow: too many, scan. */
    public record Hints(Map<String, List<Object>> ids, boolean overflow) {
        public boolean isEmpty() {
            return ids.isEmpty() && !overflow;
        }
    }

    /** Document {@code id} of {@code collection} in {@code database} got outbox events: wake its relays. */
    public static void written(String database, String collection, Object id) {
        Set<OutboxSignal> signals = LISTENING.get(database);
        if (signals != null) {
            signals.forEach(signal -> signal.hint(collection, id));
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

    synchronized void hint(String collection, Object id) {
        if (id == null || ++hinted > MAX_HINTS) {
            overflow = true;
        } else {
            hints.computeIfAbsent(collection, name -> new LinkedHashSet<>()).add(id);
        }
        wake();
    }

    synchronized Hints drain() {
        Map<String, List<Object>> ids = new LinkedHashMap<>();
        hints.forEach((collection, set) -> ids.put(collection, new ArrayList<>(set)));
        Hints drained = new Hints(ids, overflow);
        hints = new LinkedHashMap<>();
        hinted = 0;
        overflow = false;
        return drained;
    }

    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Waits for a wake-up or the timeout; returns whether it was woken. */
    public boolean await(Duration timeout) throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        wakeUps.drainPermits();
        return woken;
    }
}

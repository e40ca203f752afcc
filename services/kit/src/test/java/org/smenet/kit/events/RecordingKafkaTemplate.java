package org.smenet.kit.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * A real template that counts sends per event id, tracks how many sends of each relay are unsettled (to
 * catch two relays sending at the same instant), and can fail chosen events the way Kafka would.
 */
class RecordingKafkaTemplate extends KafkaTemplate<String, byte[]> {

    /** Sends of all relays sharing one instance of this map. */
    static final class Ledger {
        final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        /** Sends Kafka acknowledged; a send that failed (e.g. no metadata yet on a loaded machine) is retried. */
        final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        final AtomicInteger overlaps = new AtomicInteger();
        final Set<String> sendingRelays = ConcurrentHashMap.newKeySet();
    }

    private final String relay;
    private final Ledger ledger;
    /** Event id → the failure to answer instead of sending, or null to send. */
    volatile Function<String, RuntimeException> failures = id -> null;

    RecordingKafkaTemplate(ProducerFactory<String, byte[]> producers, String relay, Ledger ledger) {
        super(producers);
        this.relay = relay;
        this.ledger = ledger;
        ledger.inFlight.put(relay, new AtomicInteger());
    }

    @Override
    public CompletableFuture<SendResult<String, byte[]>> send(ProducerRecord<String, byte[]> record) {
        String eventId = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        ledger.sends.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        RuntimeException failure = failures.apply(eventId);
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        AtomicInteger mine = ledger.inFlight.get(relay);
        mine.incrementAndGet();
        ledger.sendingRelays.add(relay);
        ledger.inFlight.forEach((other, count) -> {
            if (!other.equals(relay) && count.get() > 0) {
                ledger.overlaps.incrementAndGet();
            }
        });
        return super.send(record).whenComplete((result, error) -> {
            if (error == null) {
                ledger.acknowledged.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
            }
            mine.decrementAndGet();
        });
    }
}

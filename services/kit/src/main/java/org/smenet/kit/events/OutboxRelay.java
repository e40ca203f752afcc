package org.smenet.kit.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents and removes each only after the broker
 * acknowledged it ({@code acks=all}, idempotent producer). A crash between publish and removal
 * publishes again; consumers dedupe by event id or sequence.
 *
 * <ul>
 * <li>Only the holder of the {@link OutboxLease} in the service's store relays, so replicas never send
 *     the same events at once nor an older event after a newer one.</li>
 * <li>Its own thread (not the shared scheduler) waits on the {@link OutboxSignal} with the poll interval
 *     as timeout, and passes again at once while passes make progress.</li>
 * <li>Order per aggregate, parking and bulk removal: {@link OutboxPublisher}.</li>
 * <li>Gauges {@code smenet.outbox.backlog} and {@code smenet.outbox.parked} count every pending or parked
 *     event of every registered collection, recounted every {@code gauge-refresh}.</li>
 * </ul>
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** A scan reads up to this many batches at once, so the store sorts pending documents once per ten batches. */
    static final int SCAN_BATCHES = 10;

    private final MongoTemplate mongo;
    private final OutboxCollections collections;
    private final OutboxProperties properties;
    private final OutboxLease lease;
    private final OutboxPublisher publisher;
    private final OutboxSignal signal = new OutboxSignal();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final Object passLock = new Object();
    private volatile long gaugesCountedNanos;
    private volatile boolean indexed;
    private volatile Thread thread;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxCollections collections,
            OutboxProperties properties, MeterRegistry meters) {
        this(mongo, kafka, collections, properties, meters, RecordSigner.NONE);
    }

    /** A relay that signs what it publishes on public topics with {@code signer}. */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxCollections collections,
            OutboxProperties properties, MeterRegistry meters, RecordSigner signer) {
        if (properties.leaseTtl().compareTo(properties.passBound()) <= 0) {
            throw new IllegalArgumentException("smenet.outbox.lease-ttl (" + properties.leaseTtl()
                    + ") must exceed three send timeouts (" + properties.passBound() + "): a pass must end inside the lease");
        }
        this.mongo = mongo;
        this.collections = collections;
        this.properties = properties;
        this.lease = new OutboxLease(mongo, properties.leaseName(), properties.leaseTtl());
        this.publisher = new OutboxPublisher(mongo, kafka, properties, lease, meters, signer);
        Gauge.builder("smenet.outbox.backlog", backlog, AtomicLong::get)
                .description("Events written to aggregate outboxes and not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("smenet.outbox.parked", parked, AtomicLong::get)
                .description("Events parked for an operator (GET .../operator/outbox/parked)")
                .register(meters);
    }

    /** This relay's lease owner id (host name plus a per-instance id). */
    public String owner() {
        return lease.owner();
    }

    /**
     * One pass over every outbox collection if this relay holds (or can take) the lease; returns the
     * number of events Kafka acknowledged. Without the lease it publishes nothing.
     */
    public int publishPending() {
        return pass(null).published();
    }

    /**
     * Serves the hinted documents, or (hints null) scans each collection for the documents with the
     * oldest pending events, up to ten batches per collection.
     */
    private OutboxPublisher.Outcome pass(Map<String, List<Object>> hints) {
        synchronized (passLock) {
            if (!lease.holdFor(properties.passBound())) {
                return new OutboxPublisher.Outcome(0, 0, false, true);
            }
            indexOutboxes();
            long started = System.nanoTime();
            int published = 0;
            int parkedNow = 0;
            boolean complete = true;
            for (String collection : collections.names()) {
                List<Object> hinted = hints == null ? null : hints.getOrDefault(collection, List.of());
                if (hinted != null && hinted.isEmpty()) {
                    continue;
                }
                List<Document> ids = hinted == null
                        ? publisher.pending(collection, properties.batchSize() * SCAN_BATCHES)
                        : publisher.pending(collection, hinted);
                OutboxPublisher.Outcome outcome = publisher.publish(collection, started, ids);
                published += outcome.published();
                parkedNow += outcome.parked();
                complete &= outcome.complete() && (hints != null || ids.size() < properties.batchSize() * SCAN_BATCHES);
                if (outcome.unreachable()) {
                    return new OutboxPublisher.Outcome(published, parkedNow, true, false);
                }
            }
            return new OutboxPublisher.Outcome(published, parkedNow, false, complete);
        }
    }

    /** Recounts the backlog and parked gauges over all documents of all registered collections. */
    public void refreshGauges() {
        long pending = 0;
        long parkedEvents = 0;
        for (String collection : collections.names()) {
            pending += count(collection, OutboxCollections.FIELD);
            parkedEvents += count(collection, OutboxDocuments.PARKED);
        }
        backlog.set(pending);
        parked.set(parkedEvents);
        gaugesCountedNanos = System.nanoTime();
    }

    private long count(String collection, String arrayField) {
        Document total = mongo.getCollection(collection).aggregate(List.of(
                new Document("$match", new Document(arrayField + ".0", new Document("$exists", true))),
                new Document("$group", new Document("_id", null)
                        .append("n", new Document("$sum", new Document("$size", "$" + arrayField))))))
                .first();
        return total == null ? 0 : ((Number) total.get("n")).longValue();
    }

    /**
     * Indexes for MongoDB (the dev store ignores non-unique ones): a sparse index on the pending event ids
     * finds the documents with something to publish, one on the events' times serves oldest-first.
     */
    private void indexOutboxes() {
        if (indexed) {
            return;
        }
        for (String collection : collections.names()) {
            mongo.indexOps(collection).createIndex(new Index()
                    .on(OutboxCollections.FIELD + ".eventId", Sort.Direction.ASC).sparse().named("outbox_pending"));
            mongo.indexOps(collection).createIndex(new Index()
                    .on(OutboxDocuments.OLDEST, Sort.Direction.ASC).sparse().named("outbox_oldest"));
        }
        indexed = true;
    }

    /**
     * Wakes on a write and serves the written documents by id; scans for pending documents at least
     * every poll interval (other replicas' writes, lost hints, back-offs over) and again at once while a
     * scan left work behind.
     */
    private void run() {
        String database = mongo.getDb().getName();
        signal.listenTo(database);
        long scanned = System.nanoTime() - properties.pollInterval().toNanos();
        boolean moreToScan = true;
        try {
            while (thread == Thread.currentThread()) {
                OutboxSignal.Hints hints = signal.drain();
                boolean scan = moreToScan || hints.overflow()
                        || System.nanoTime() - scanned >= properties.pollInterval().toNanos();
                try {
                    if (scan) {
                        scanned = System.nanoTime();
                        OutboxPublisher.Outcome outcome = pass(null);
                        moreToScan = !outcome.complete() && !outcome.unreachable()
                                && outcome.published() + outcome.parked() > 0;
                    } else if (!hints.isEmpty() && lease.validFor(Duration.ZERO)) {
                        // Only a holder serves hints; others try for the lease at scans, not on every write.
                        pass(hints.ids());
                    }
                    if (System.nanoTime() - gaugesCountedNanos > properties.gaugeRefresh().toNanos()) {
                        refreshGauges();
                    }
                } catch (RuntimeException e) {
                    moreToScan = false;
                    log.warn("Outbox relay pass failed, will retry: {}", e.toString());
                }
                if (!moreToScan) {
                    signal.await(Duration.ofNanos(properties.pollInterval().toNanos() - (System.nanoTime() - scanned)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            signal.stopListening(database);
            try {
                lease.release();
            } catch (RuntimeException e) {
                log.debug("Could not release the outbox lease; it expires by itself: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || thread != null) {
            return;
        }
        try {
            // before any write can arrive: the dev store's memory backend fails an insert that races an
            // index creation on the same collection (ConcurrentModificationException inside the store)
            indexOutboxes();
        } catch (RuntimeException storeNotReady) {
            log.warn("Outbox indexes not created at start, the first pass retries: {}", storeNotReady.toString());
        }
        Thread relay = new Thread(this::run, "outbox-relay");
        relay.setDaemon(true);
        thread = relay;
        relay.start();
    }

    /** Stops after the current pass (which settles its sends and removals), then gives the lease up. */
    @Override
    public void stop() {
        Thread relay;
        synchronized (this) {
            relay = thread;
            thread = null;
        }
        if (relay == null) {
            return;
        }
        signal.wake();
        try {
            relay.join(properties.passBound().plus(Duration.ofSeconds(5)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}

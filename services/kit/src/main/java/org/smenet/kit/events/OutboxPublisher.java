package org.smenet.kit.events;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One collection's share of a relay pass. Reads the documents with the oldest pending events first,
 * then sends in rounds: round k sends the k-th pending event of every document whose earlier events
 * were acknowledged, pipelined across documents, and waits for the round's acknowledgements. So at
 * most one event per aggregate is in flight and a failure stops its aggregate before anything newer
 * leaves, while thousands of aggregates share each round trip. Acknowledged (and parked) events leave
 * the outboxes in ONE unordered {@code bulkWrite} of single-document updates.
 */
final class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
    /** Enough to keep a few failing aggregates out of the batch query without bloating it. */
    private static final int MAX_BACKING_OFF = 1000;

    /** What a pass achieved; {@code complete}: every document it set out to serve was served. */
    record Outcome(int published, int parked, boolean unreachable, boolean complete) {
    }

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final OutboxLease lease;
    private final MeterRegistry meters;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<String, Map<Object, Instant>> backingOff = new ConcurrentHashMap<>();
    private volatile long lastAckNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

    private final RecordSigner signer;

    OutboxPublisher(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties,
            OutboxLease lease, MeterRegistry meters, RecordSigner signer) {
        this.signer = signer;
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.lease = lease;
        this.meters = meters;
    }

    /** A document's pending events and how far this pass got with them. */
    private static final class Aggregate {
        final Object id;
        final List<Document> events;
        final List<String> done = new ArrayList<>();
        final List<Document> parked = new ArrayList<>();
        int next;
        boolean halted;

        Aggregate(Object id, List<Document> events) {
            this.id = id;
            this.events = events;
        }

        boolean open() {
            return !halted && next < events.size();
        }

        void park(Document event, String reason, int attempts) {
            parked.add(OutboxDocuments.parked(event, reason, attempts));
            done.add(event.getString(OutboxDocuments.EVENT_ID));
            next++;
        }
    }

    private record InFlight(Aggregate aggregate, Document event, CompletableFuture<?> ack) {
    }

    private record Failed(Aggregate aggregate, Document event, String error) {
    }

    /**
     * Documents with pending events (id and outbox), oldest pending event first, without those backing
     * off. Only the lease holder removes events, so this snapshot stays valid for the pass.
     */
    List<Document> pending(String collection, int limit) {
        Map<Object, Instant> waiting = backingOff(collection);
        Document filter = new Document(OutboxCollections.FIELD + ".0", new Document("$exists", true));
        if (!waiting.isEmpty()) {
            filter.append("_id", new Document("$nin", new ArrayList<>(waiting.keySet())));
        }
        List<Document> documents = new ArrayList<>();
        mongo.getCollection(collection).find(filter).projection(new Document(OutboxCollections.FIELD, 1))
                .sort(new Document(OutboxDocuments.OLDEST, 1)).limit(limit).forEach(documents::add);
        return documents;
    }

    /** The hinted documents that still have pending events, oldest pending event first. */
    List<Document> pending(String collection, List<Object> ids) {
        Map<Object, Instant> waiting = backingOff(collection);
        List<Document> documents = new ArrayList<>();
        // Exactly {_id: {$in: ...}}: the query shape stores serve from the _id index.
        mongo.getCollection(collection).find(new Document("_id", new Document("$in", ids)))
                .projection(new Document(OutboxCollections.FIELD, 1))
                .forEach(document -> {
                    List<Document> events = document.getList(OutboxCollections.FIELD, Document.class);
                    if (events != null && !events.isEmpty() && !waiting.containsKey(document.get("_id"))) {
                        documents.add(document);
                    }
                });
        documents.sort(Comparator.comparingLong(OutboxPublisher::oldest));
        return documents;
    }

    /**
     * Publishes the pending events of {@code documents}, {@code batchSize} documents at a time, until
     * done or the pass's window for issuing sends is over; {@code complete} says whether all were served.
     */
    Outcome publish(String collection, long passStarted, List<Document> documents) {
        int published = 0;
        int parked = 0;
        for (int from = 0; from < documents.size(); from += properties.batchSize()) {
            if (!issuing(passStarted)) {
                return new Outcome(published, parked, false, false);
            }
            List<Aggregate> batch = new ArrayList<>();
            for (Document document : documents.subList(from, Math.min(documents.size(), from + properties.batchSize()))) {
                batch.add(new Aggregate(document.get("_id"),
                        new ArrayList<>(document.getList(OutboxCollections.FIELD, Document.class))));
            }
            Outcome outcome = publishBatch(collection, passStarted, batch);
            published += outcome.published();
            parked += outcome.parked();
            if (outcome.unreachable()) {
                return new Outcome(published, parked, true, false);
            }
        }
        return new Outcome(published, parked, false, true);
    }

    private boolean issuing(long passStarted) {
        return System.nanoTime() - passStarted < properties.sendTimeout().toNanos()
                && lease.validFor(properties.sendTimeout().multipliedBy(2));
    }

    private Outcome publishBatch(String collection, long passStarted, List<Aggregate> batch) {
        List<Aggregate> open = new ArrayList<>(batch);
        int published = 0;
        int parked = 0;
        boolean unreachable = false;
        while (!open.isEmpty() && !unreachable && issuing(passStarted)) {
            List<InFlight> round = new ArrayList<>(open.size());
            for (Aggregate aggregate : open) {
                Document event = aggregate.events.get(aggregate.next);
                ProducerRecord<String, byte[]> record;
                try {
                    record = OutboxDocuments.toPendingEvent(event).toProducerRecord(signer);
                } catch (RuntimeException malformed) {
                    aggregate.park(event, "malformed outbox entry: " + malformed, 1);
                    parked++;
                    continue;
                }
                CompletableFuture<?> ack;
                try {
                    ack = kafka.send(record);
                } catch (RuntimeException failed) {
                    ack = CompletableFuture.failedFuture(failed);
                }
                round.add(new InFlight(aggregate, event, ack));
                if (ack.isCompletedExceptionally() && OutboxFailures.unreachable(ack.handle((r, e) -> e).join())) {
                    // send() already waited max.block.ms for metadata: every further send would too.
                    unreachable = true;
                    break;
                }
            }
            long waitUntil = System.nanoTime() + properties.sendTimeout().toNanos();
            List<Failed> retriable = new ArrayList<>();
            for (InFlight sent : round) {
                Throwable failure = awaitAck(sent.ack(), waitUntil);
                String eventId = sent.event().getString(OutboxDocuments.EVENT_ID);
                if (failure == null) {
                    lastAckNanos = System.nanoTime();
                    sent.aggregate().done.add(eventId);
                    sent.aggregate().next++;
                    attempts.remove(eventId);
                    published++;
                    counter("smenet.outbox.published", sent.event().getString("topic")).increment();
                } else if (OutboxFailures.permanent(failure) != null) {
                    sent.aggregate().park(sent.event(), OutboxFailures.permanent(failure),
                            attempts.getOrDefault(eventId, 0) + 1);
                    attempts.remove(eventId);
                    parked++;
                } else {
                    sent.aggregate().halted = true;
                    retriable.add(new Failed(sent.aggregate(), sent.event(), OutboxFailures.describe(failure)));
                    log.warn("Outbox event {} of {}/{} not acknowledged, its aggregate waits: {}", eventId,
                            collection, sent.aggregate().id, OutboxFailures.describe(failure));
                }
            }
            parked += settleRetriable(collection, retriable);
            open.removeIf(aggregate -> !aggregate.open());
        }
        parkedCounter(parked);
        write(collection, batch);
        return new Outcome(published, parked, unreachable, true);
    }

    /**
     * An attempt counts against the event only while the broker acknowledges other records (within the
     * last send timeout): during an outage nothing is parked. Counted or not, the aggregate backs off so
     * the next passes serve the others.
     */
    private int settleRetriable(String collection, List<Failed> failed) {
        boolean brokerAnswers = System.nanoTime() - lastAckNanos < properties.sendTimeout().toNanos();
        int parked = 0;
        for (Failed sent : failed) {
            Aggregate aggregate = sent.aggregate();
            String eventId = sent.event().getString(OutboxDocuments.EVENT_ID);
            int tries = brokerAnswers ? attempts.merge(eventId, 1, Integer::sum) : attempts.getOrDefault(eventId, 0);
            if (tries >= properties.maxAttempts()) {
                aggregate.halted = false;
                aggregate.park(sent.event(), "gave up after " + tries + " attempts; last: " + sent.error(), tries);
                attempts.remove(eventId);
                parked++;
            } else {
                backOff(collection, aggregate.id, tries);
            }
        }
        return parked;
    }

    private static long oldest(Document document) {
        long oldest = Long.MAX_VALUE;
        for (Document event : document.getList(OutboxCollections.FIELD, Document.class)) {
            oldest = Math.min(oldest, event.get("time") instanceof java.util.Date time ? time.getTime() : 0L);
        }
        return oldest;
    }

    private Map<Object, Instant> backingOff(String collection) {
        Map<Object, Instant> waiting = backingOff.computeIfAbsent(collection, c -> new ConcurrentHashMap<>());
        Instant now = Instant.now();
        waiting.values().removeIf(until -> until.isBefore(now));
        return waiting;
    }

    /** Removes what was acknowledged or parked; a parked event moves to {@code outboxParked} in the same update. */
    private void write(String collection, List<Aggregate> batch) {
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        for (Aggregate aggregate : batch) {
            if (aggregate.done.isEmpty()) {
                continue;
            }
            Document update = new Document("$pull", new Document(OutboxCollections.FIELD,
                    new Document(OutboxDocuments.EVENT_ID, new Document("$in", aggregate.done))));
            if (!aggregate.parked.isEmpty()) {
                update.append("$push", new Document(OutboxDocuments.PARKED, new Document("$each", aggregate.parked)));
            }
            updates.add(new UpdateOneModel<>(new Document("_id", aggregate.id), update));
        }
        if (!updates.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(updates, new BulkWriteOptions().ordered(false));
        }
    }

    private void backOff(String collection, Object id, int tries) {
        Map<Object, Instant> waiting = backingOff(collection);
        if (waiting.size() >= MAX_BACKING_OFF) {
            waiting.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .ifPresent(soonest -> waiting.remove(soonest.getKey()));
        }
        long factor = 1L << Math.min(20, Math.max(0, tries - 1));
        Duration delay = properties.retryBackOff().multipliedBy(factor);
        waiting.put(id, Instant.now().plus(delay.compareTo(properties.maxBackOff()) > 0 ? properties.maxBackOff() : delay));
    }

    private static Throwable awaitAck(CompletableFuture<?> ack, long untilNanos) {
        try {
            ack.get(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return new org.apache.kafka.common.errors.TimeoutException("no acknowledgement within the send timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void parkedCounter(int parked) {
        if (parked > 0) {
            Counter.builder("smenet.outbox.parkings").description("Events parked because they cannot be published")
                    .register(meters).increment(parked);
        }
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).description("Events published from outboxes and acknowledged by Kafka")
                .tag("topic", topic).register(meters);
    }
}

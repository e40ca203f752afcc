package org.smenet.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in aggregate documents, in order per document, and removes each only
 * after the broker acknowledged it ({@code acks=all}, idempotent producer). A crash between publish
 * and removal publishes again on the next pass; consumers dedupe by event id or sequence.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING_FIELD = OutboxCollections.FIELD + ".eventId";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxCollections collections;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean indexed;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxCollections collections,
            OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.properties = properties;
        this.meters = meters;
        Gauge.builder("smenet.outbox.backlog", backlog, AtomicLong::get)
                .description("Events written to aggregate outboxes and not yet acknowledged by Kafka")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${smenet.outbox.poll-interval:200ms}")
    public void poll() {
        if (!properties.enabled()) {
            return;
        }
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed, will retry: {}", e.toString());
        }
    }

    /** One pass over every outbox collection; returns the number of events published. */
    public synchronized int publishPending() {
        indexOutboxes();
        int published = 0;
        long waiting = 0;
        for (String collection : collections.names()) {
            Query pending = new Query(Criteria.where(PENDING_FIELD).exists(true))
                    .limit(properties.batchSize());
            pending.fields().include("_id").include(OutboxCollections.FIELD);
            for (Document document : mongo.find(pending, Document.class, collection)) {
                List<Document> events = document.getList(OutboxCollections.FIELD, Document.class);
                waiting += events.size();
                published += publishDocument(collection, document.get("_id"), events);
            }
        }
        backlog.set(Math.max(0, waiting - published));
        return published;
    }

    /**
     * A sparse index on the pending event ids, so that finding the documents with something to publish
     * does not scan the collection on every pass (MongoDB; the dev store ignores non-unique indexes).
     */
    private void indexOutboxes() {
        if (indexed) {
            return;
        }
        for (String collection : collections.names()) {
            mongo.indexOps(collection).createIndex(new Index()
                    .on(PENDING_FIELD, Sort.Direction.ASC).sparse().named("outbox_pending"));
        }
        indexed = true;
    }

    private int publishDocument(String collection, Object id, List<Document> events) {
        List<String> acknowledged = new ArrayList<>();
        try {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Document event : events) {
                PendingEvent pending = toPendingEvent(event);
                sends.add(kafka.send(pending.toProducerRecord()));
            }
            for (int i = 0; i < sends.size(); i++) {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(events.get(i).getString("eventId"));
                counter(events.get(i).getString("topic")).increment();
            }
        } catch (Exception e) {
            log.warn("Publishing outbox of {}/{} stopped after {} events: {}", collection, id, acknowledged.size(),
                    e.toString());
        }
        if (!acknowledged.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().pull(OutboxCollections.FIELD,
                            Query.query(Criteria.where("eventId").in(acknowledged))),
                    collection);
        }
        return acknowledged.size();
    }

    private Counter counter(String topic) {
        return Counter.builder("smenet.outbox.published")
                .description("Events published from outboxes and acknowledged by Kafka")
                .tag("topic", topic)
                .register(meters);
    }

    private static PendingEvent toPendingEvent(Document event) {
        Object time = event.get("time");
        Instant instant = time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
        Number sequence = event.get("sequence", Number.class);
        return new PendingEvent(
                event.getString("eventId"),
                event.getString("topic"),
                event.getString("type"),
                event.getString("subject"),
                event.getString("source"),
                event.getString("dataschema"),
                event.getString("economy"),
                sequence == null ? 0 : sequence.longValue(),
                instant,
                event.getString("data"),
                event.getString("correlationId"));
    }
}

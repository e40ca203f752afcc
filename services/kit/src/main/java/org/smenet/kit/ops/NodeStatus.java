package org.smenet.kit.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.kit.events.KafkaWiring;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxDocuments;
import org.smenet.kit.federation.PeerTrust;
import org.smenet.kit.node.EventOrigins;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the operator needs to know about this service beyond {@code /actuator/health}: its outbox backlog
 * (pending events, the oldest one's age, parked events), its consumer groups' lag per topic, the record counts of
 * the dead-letter topics of the topics it reads, and the peers it trusts with the last mirrored record accepted
 * from each. Read-only. The Kafka part is asked of the broker (one {@link Admin}) at most once per {@code cache}.
 */
public class NodeStatus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NodeStatus.class);
    private static final long TIMEOUT_SECONDS = 3;

    public record Outbox(long pending, Instant oldestPendingAt, Long oldestPendingAgeSeconds, long parked) {
    }

    public record ConsumerLag(String group, String topic, int partitions, long lag) {
    }

    /** {@code records} in the topic; {@code waiting}: those an operator has not retried or discarded yet. */
    public record DeadLetters(String topic, long records, long waiting) {
    }

    public record Kafka(boolean reachable, String error, Instant checkedAt, List<ConsumerLag> consumers,
            List<DeadLetters> deadLetters) {
    }

    public record PeerStatus(String alias, List<String> economies, int keys, String lastMirroredTopic,
            Instant lastMirroredEventTime, Instant lastMirroredAt) {
    }

    public record Report(String service, Instant checkedAt, List<String> hostedEconomies, Outbox outbox, Kafka kafka,
            List<PeerStatus> peers) {
    }

    private final String service;
    private final MongoTemplate mongo;
    private final OutboxCollections collections;
    private final Supplier<Admin> adminFactory;
    private final Supplier<Collection<String>> groups;
    private final PeerTrust trust;
    private final EventOrigins origins;
    private final List<String> hosted;
    private final Clock clock;
    private final Duration cache;
    private final HandledRecords handled;
    private Admin admin;
    private Kafka cached;
    private long cachedAtNanos;

    public NodeStatus(String service, MongoTemplate mongo, OutboxCollections collections, Supplier<Admin> admin,
            Supplier<Collection<String>> groups, PeerTrust trust, EventOrigins origins, List<String> hosted,
            Clock clock, Duration cache) {
        this(service, mongo, collections, admin, groups, trust, origins, hosted, clock, cache, null);
    }

    public NodeStatus(String service, MongoTemplate mongo, OutboxCollections collections, Supplier<Admin> admin,
            Supplier<Collection<String>> groups, PeerTrust trust, EventOrigins origins, List<String> hosted,
            Clock clock, Duration cache, HandledRecords handled) {
        this.handled = handled;
        this.service = service;
        this.mongo = mongo;
        this.collections = collections;
        this.adminFactory = admin;
        this.groups = groups;
        this.trust = trust;
        this.origins = origins;
        this.hosted = List.copyOf(hosted);
        this.clock = clock;
        this.cache = cache;
    }

    public Report report() {
        return new Report(service, clock.instant(), hosted, outbox(), kafka(), peers());
    }

    /** Pending and parked events of every outbox collection, and when the oldest pending one was written. */
    Outbox outbox() {
        long pending = 0;
        long parked = 0;
        Instant oldest = null;
        for (String collection : collections.names()) {
            pending += count(collection, OutboxCollections.FIELD);
            parked += count(collection, OutboxDocuments.PARKED);
            Document first = mongo.getCollection(collection)
                    .aggregate(List.of(
                            new Document("$match", new Document(OutboxCollections.FIELD + ".0", new Document("$exists", true))),
                            new Document("$unwind", "$" + OutboxCollections.FIELD),
                            new Document("$sort", new Document(OutboxCollections.FIELD + ".time", 1)),
                            new Document("$limit", 1),
                            new Document("$project", new Document("time", "$" + OutboxCollections.FIELD + ".time"))))
                    .first();
            Instant time = first == null ? null : instant(first.get("time"));
            if (time != null && (oldest == null || time.isBefore(oldest))) {
                oldest = time;
            }
        }
        Long age = oldest == null ? null : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
        return new Outbox(pending, oldest, age, parked);
    }

    private long count(String collection, String arrayField) {
        Document total = mongo.getCollection(collection).aggregate(List.of(
                new Document("$match", new Document(arrayField + ".0", new Document("$exists", true))),
                new Document("$group", new Document("_id", null)
                        .append("n", new Document("$sum", new Document("$size", "$" + arrayField))))))
                .first();
        return total == null ? 0 : ((Number) total.get("n")).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (RuntimeException notATime) {
                return null;
            }
        }
        return null;
    }

    /** The Kafka part, from the cache while it is younger than {@code cache}. */
    synchronized Kafka kafka() {
        if (cached != null && System.nanoTime() - cachedAtNanos < cache.toNanos()) {
            return cached;
        }
        Kafka fresh;
        try {
            fresh = askBroker();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fresh = new Kafka(false, "interrupted", clock.instant(), List.of(), List.of());
        } catch (Exception e) {
            log.warn("Operator status: the broker did not answer: {}", e.toString());
            fresh = new Kafka(false, e.getCause() != null ? e.getCause().toString() : e.toString(), clock.instant(),
                    List.of(), List.of());
        }
        cached = fresh;
        cachedAtNanos = System.nanoTime();
        return fresh;
    }

    private Kafka askBroker() throws Exception {
        Admin kafka = admin();
        Map<TopicPartition, Long> committedSum = new HashMap<>();
        Map<String, Map<TopicPartition, Long>> committedByGroup = new TreeMap<>();
        for (String group : new TreeSet<>(groups.get())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                if (offset != null) {
                    committed.put(tp, offset.offset());
                }
            });
            committedByGroup.put(group, committed);
            committed.keySet().forEach(tp -> committedSum.put(tp, 0L));
        }
        Set<String> topics = kafka.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Set<String> read = new TreeSet<>();
        committedSum.keySet().forEach(tp -> read.add(tp.topic()));
        List<String> deadLetterTopics = read.stream().map(t -> t + KafkaWiring.DLT_SUFFIX).filter(topics::contains)
                .toList();
        Map<TopicPartition, OffsetSpec> latestAsked = new HashMap<>();
        committedSum.keySet().forEach(tp -> latestAsked.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, OffsetSpec> earliestAsked = new HashMap<>();
        if (!deadLetterTopics.isEmpty()) {
            kafka.describeTopics(deadLetterTopics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((name, description) -> description.partitions().forEach(p -> {
                        TopicPartition tp = new TopicPartition(name, p.partition());
                        latestAsked.put(tp, OffsetSpec.latest());
                        earliestAsked.put(tp, OffsetSpec.earliest());
                    }));
        }
        Map<TopicPartition, Long> latest = offsets(kafka, latestAsked);
        Map<TopicPartition, Long> earliest = offsets(kafka, earliestAsked);

        List<ConsumerLag> consumers = new ArrayList<>();
        committedByGroup.forEach((group, committed) -> {
            Map<String, long[]> byTopic = new TreeMap<>();
            committed.forEach((tp, offset) -> {
                long[] sum = byTopic.computeIfAbsent(tp.topic(), t -> new long[2]);
                sum[0]++;
                sum[1] += Math.max(0, latest.getOrDefault(tp, offset) - offset);
            });
            byTopic.forEach((topic, sum) -> consumers.add(new ConsumerLag(group, topic, (int) sum[0], sum[1])));
        });
        Map<String, long[]> dead = new LinkedHashMap<>();
        deadLetterTopics.forEach(t -> dead.put(t, new long[2]));
        earliest.forEach((tp, first) -> {
            long last = latest.getOrDefault(tp, first);
            long records = Math.max(0, last - first);
            long done = handled == null || records == 0 ? 0 : handled.count(tp.topic(), tp.partition(), first, last);
            long[] sum = dead.get(tp.topic());
            sum[0] += records;
            sum[1] += Math.max(0, records - done);
        });
        List<DeadLetters> deadLetters = dead.entrySet().stream()
                .map(e -> new DeadLetters(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Kafka(true, null, clock.instant(), consumers, deadLetters);
    }

    private static Map<TopicPartition, Long> offsets(Admin kafka, Map<TopicPartition, OffsetSpec> asked)
            throws Exception {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        if (asked.isEmpty()) {
            return offsets;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answered = kafka.listOffsets(asked).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        answered.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private Admin admin() {
        if (admin == null) {
            admin = adminFactory.get();
        }
        return admin;
    }

    List<PeerStatus> peers() {
        Map<String, EventOrigins.Mirrored> last = origins.lastMirrored();
        Set<String> aliases = new TreeSet<>(trust.all().keySet());
        aliases.addAll(last.keySet());
        List<PeerStatus> peers = new ArrayList<>();
        for (String alias : aliases) {
            PeerTrust.Peer peer = trust.all().get(alias);
            EventOrigins.Mirrored mirrored = last.get(alias);
            peers.add(new PeerStatus(alias, peer == null ? List.of(alias) : peer.economies(),
                    peer == null ? 0 : peer.keys().size(), mirrored == null ? null : mirrored.topic(),
                    mirrored == null ? null : mirrored.eventTime(), mirrored == null ? null : mirrored.acceptedAt()));
        }
        return peers;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}

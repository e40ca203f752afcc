package org.smenet.kit.ops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.events.KafkaWiring;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.PageQuery;
import org.smenet.kit.web.PageView;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The records parked in this service's dead-letter topics ({@code <topic>.DLT} of every topic its consumer groups
 * read), read from the broker, minus those an operator already handled ({@link HandledRecords}).
 *
 * <p>A retry re-publishes the record as it arrived — key, value and every header but the dead-letter ones, so the
 * same {@code ce_id}, sequence, signature and correlation id — to its original topic, with the kit's idempotent
 * producer, once the record is claimed. Not through the outbox: the outbox carries a state change and its new
 * events in one document write, and its relay rebuilds (and, for public topics, re-signs) the CloudEvent; a re-drive
 * changes no aggregate and must stay byte for byte the record that was refused. Safe to repeat: every consumer
 * applies an event id or a sequence once, so the other groups that read the topic see a duplicate and drop it.
 * A record that fails again is parked again under a new offset, with {@value #RETRIED_FROM} naming the one it
 * retried.
 */
public class ParkedRecords implements DisposableBean {

    public static final String RETRIED_FROM = "smenet_retried_from";
    /** At most this many records are read for one listing (beyond it the total is a lower bound). */
    static final int MAX_SCAN = 20_000;
    private static final long TIMEOUT_SECONDS = 3;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    static final String DLT_PREFIX = "kafka_dlt-";
    private static final Logger log = LoggerFactory.getLogger(ParkedRecords.class);
    /** Who retried or discarded what, one line each (the handled document keeps the same). */
    private static final Logger audit = LoggerFactory.getLogger("smenet.audit");

    /** A retried or discarded record: the action, who, when, and for a retry where it went. */
    public record Handled(ParkedRecord record, String action, String by, Instant at, String republishedTopic,
            Integer republishedPartition, Long republishedOffset) {
    }

    private final Supplier<Admin> adminFactory;
    private final Supplier<Collection<String>> groups;
    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, byte[]> kafka;
    private final HandledRecords handled;
    private Admin admin;

    public ParkedRecords(Supplier<Admin> admin, Supplier<Collection<String>> groups,
            Map<String, Object> consumerConfig, KafkaTemplate<String, byte[]> kafka, HandledRecords handled) {
        this.adminFactory = admin;
        this.groups = groups;
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.kafka = kafka;
        this.handled = handled;
    }

    static String key(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    /** One page of the waiting records, oldest first per topic and partition; {@code economy} null means all. */
    public PageView<ParkedRecord> list(String economy, int page, int size) {
        PageQuery.of(page, size, Sort.unsorted());
        Map<TopicPartition, long[]> ranges = ranges(deadLetterTopics(), MAX_SCAN);
        Set<String> done = handled.keys(ranges.keySet().stream().map(TopicPartition::topic).distinct().toList());
        List<ParkedRecord> waiting = read(ranges).stream().map(ParkedRecord::of)
                .filter(r -> !done.contains(r.key()))
                .filter(r -> economy == null || economy.equals(r.economy()))
                .sorted(Comparator.comparing(ParkedRecord::topic).thenComparing(ParkedRecord::partition)
                        .thenComparing(ParkedRecord::offset))
                .toList();
        int from = Math.min(page * size, waiting.size());
        int to = Math.min(from + size, waiting.size());
        return new PageView<>(waiting.subList(from, to), page, size, waiting.size(),
                (waiting.size() + size - 1) / size);
    }

    /** Re-publishes the record to its original topic; 409 when it was already handled or is being handled. */
    public Handled retry(String topic, int partition, long offset, Actor actor, String economy) {
        ConsumerRecord<String, byte[]> raw = visible(topic, partition, offset, economy);
        ParkedRecord record = ParkedRecord.of(raw);
        Document claim = claim(record, HandledRecords.Action.RETRIED, actor);
        Date claimedAt = claim.getDate("claimedAt");
        RecordMetadata sent;
        try {
            sent = kafka.send(redrive(raw, record)).get(10, TimeUnit.SECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handled.release(record.key(), claimedAt);
            throw unavailable(e);
        } catch (Exception e) {
            handled.release(record.key(), claimedAt);
            throw unavailable(e);
        }
        handled.retried(record.key(), claimedAt, sent.topic(), sent.partition(), sent.offset());
        audit.info("{} ({} of {}) retried dead letter {} (event {}, {}) to {}-{}@{}", actor.subject(), actor.org(),
                actor.economy(), record.key(), record.eventId(), record.type(), sent.topic(), sent.partition(),
                sent.offset());
        return new Handled(record, HandledRecords.Action.RETRIED.name(), actor.subject(), Instant.now(), sent.topic(),
                sent.partition(), sent.offset());
    }

    /** Marks the record handled without re-publishing it. */
    public Handled discard(String topic, int partition, long offset, Actor actor, String economy) {
        ParkedRecord record = ParkedRecord.of(visible(topic, partition, offset, economy));
        claim(record, HandledRecords.Action.DISCARDED, actor);
        audit.info("{} ({} of {}) discarded dead letter {} (event {}, {}, reason {})", actor.subject(), actor.org(),
                actor.economy(), record.key(), record.eventId(), record.type(), record.reason());
        return new Handled(record, HandledRecords.Action.DISCARDED.name(), actor.subject(), Instant.now(), null, null,
                null);
    }

    private ConsumerRecord<String, byte[]> visible(String topic, int partition, long offset, String economy) {
        String id = key(topic, partition, offset);
        if (!deadLetterTopics().contains(topic)) {
            throw RuleViolation.notFound("Parked record", id);
        }
        TopicPartition tp = new TopicPartition(topic, partition);
        long[] range = ranges(List.of(topic), Integer.MAX_VALUE).get(tp);
        if (range == null || offset < range[0] || offset >= range[1]) {
            throw RuleViolation.notFound("Parked record", id);
        }
        return readRaw(Map.of(tp, new long[] {offset, offset + 1})).stream()
                .filter(r -> r.offset() == offset)
                .filter(r -> economy == null || economy.equals(ParkedRecord.header(r.headers(), "ce_economy")))
                .findFirst().orElseThrow(() -> RuleViolation.notFound("Parked record", id));
    }

    private Document claim(ParkedRecord record, HandledRecords.Action action, Actor actor) {
        return handled.claim(record, action, actor).orElseThrow(() -> {
            Document existing = handled.find(record.key()).orElse(new Document());
            if (HandledRecords.DONE.equals(existing.getString("state"))) {
                Document by = existing.get("by", Document.class);
                return RuleViolation.conflict("already-handled", null, "Parked record " + record.key() + " was "
                        + String.valueOf(existing.getString("action")).toLowerCase() + " by "
                        + (by == null ? "someone" : by.getString("subject")) + " at " + existing.get("at"));
            }
            return RuleViolation.conflict("being-handled", null, "Parked record " + record.key()
                    + " is being retried by someone else; look again in a few seconds");
        });
    }

    private static ProducerRecord<String, byte[]> redrive(ConsumerRecord<String, byte[]> raw, ParkedRecord record) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(record.originalTopic(), null, raw.key(),
                raw.value());
        for (Header h : raw.headers()) {
            if (!h.key().startsWith(DLT_PREFIX) && !h.key().equals(RETRIED_FROM)) {
                out.headers().add(h.key(), h.value());
            }
        }
        out.headers().add(RETRIED_FROM, record.key().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static RuleViolation unavailable(Exception e) {
        log.warn("A parked record could not be re-published: {}", e.toString());
        return new RuleViolation("kafka-unavailable", HttpStatus.SERVICE_UNAVAILABLE, null,
                "The broker did not take the record; it still waits. Try again later");
    }

    /** {@code <topic>.DLT} of every topic this service's consumer groups read, when the broker has it. */
    Set<String> deadLetterTopics() {
        try {
            Admin kafka = admin();
            Set<String> read = new TreeSet<>();
            for (String group : new TreeSet<>(groups.get())) {
                Map<TopicPartition, OffsetAndMetadata> offsets = kafka.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                offsets.keySet().forEach(tp -> read.add(tp.topic()));
            }
            Set<String> topics = kafka.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Set<String> dead = new TreeSet<>();
            read.stream().filter(t -> !t.endsWith(KafkaWiring.DLT_SUFFIX)).map(t -> t + KafkaWiring.DLT_SUFFIX)
                    .filter(topics::contains).forEach(dead::add);
            return dead;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /** From the earliest to the latest offset of every partition of {@code topics}, at most {@code cap} in all. */
    private Map<TopicPartition, long[]> ranges(Collection<String> topics, int cap) {
        Map<TopicPartition, long[]> ranges = new LinkedHashMap<>();
        if (topics.isEmpty()) {
            return ranges;
        }
        try {
            Admin kafka = admin();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            kafka.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((name, d) -> d.partitions()
                            .forEach(p -> earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest())));
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            earliest.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var first = kafka.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var last = kafka.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long left = cap;
            for (TopicPartition tp : earliest.keySet().stream()
                    .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                    .toList()) {
                long from = first.get(tp).offset();
                long to = Math.min(last.get(tp).offset(), from + left);
                if (to > from) {
                    ranges.put(tp, new long[] {from, to});
                    left -= to - from;
                }
            }
            return ranges;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> read(Map<TopicPartition, long[]> ranges) {
        return ranges.isEmpty() ? List.of() : readRaw(ranges);
    }

    /** Reads every record of {@code ranges} ({from, to} per partition) with a consumer of no group. */
    private List<ConsumerRecord<String, byte[]>> readRaw(Map<TopicPartition, long[]> ranges) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "operator-parked-" + Thread.currentThread().getId());
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ranges.keySet());
            ranges.forEach((tp, range) -> consumer.seek(tp, range[0]));
            Set<TopicPartition> open = new java.util.HashSet<>(ranges.keySet());
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw unavailable(new IllegalStateException("reading " + open + " took longer than " + READ_TIMEOUT));
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    long[] range = ranges.get(new TopicPartition(r.topic(), r.partition()));
                    if (r.offset() >= range[0] && r.offset() < range[1]) {
                        found.add(r);
                    }
                }
                open.removeIf(tp -> consumer.position(tp, Duration.ofSeconds(TIMEOUT_SECONDS)) >= ranges.get(tp)[1]);
                consumer.pause(ranges.keySet().stream().filter(tp -> !open.contains(tp)).toList());
            }
        }
        return found;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = adminFactory.get();
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}

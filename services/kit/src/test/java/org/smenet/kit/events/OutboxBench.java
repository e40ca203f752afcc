package org.smenet.kit.events;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.smenet.contracts.EventEnvelope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * bench/outbox: write → acknowledged-on-Kafka latency at steady write rates, drain rate of a backlog,
 * and the raw producer on the same broker with the same records. Run by {@code bench/outbox/run.sh};
 * not a test (speed is measured here, never asserted in the test suite).
 *
 * <p>Latency is the event's {@code ce_time} (taken just before the aggregate write) to the record's
 * broker {@code LogAppendTime} (topics are created with {@code message.timestamp.type=LogAppendTime});
 * broker, store and relay share this JVM, hence one clock.
 */
public final class OutboxBench {

    static final String DATA = "{\"profile\":\"" + "x".repeat(480) + "\"}";

    public static void main(String[] args) throws Exception {
        String store = System.getProperty("store", "memory");
        List<Integer> rates = Arrays.stream(System.getProperty("rates", "20,50,100,200,400").split(","))
                .map(Integer::parseInt).toList();
        int seconds = Integer.getInteger("seconds", 20);
        int backlog = Integer.getInteger("backlog", 50_000);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        Path h2 = Files.createTempDirectory("outbox-bench").resolve("bench.mv.db");
        MongoServer server = new MongoServer("h2".equals(store) ? new H2Backend(h2.toString()) : new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        String bootstrap = broker.getBrokersAsString();
        System.out.printf("store=%s (mongo-java-server 1.47), broker=in-JVM KRaft %s, cores=%d%n", store, bootstrap,
                Runtime.getRuntime().availableProcessors());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var factory = new DefaultKafkaProducerFactory<String, byte[]>(RelayFixture.kitProducerConfig(bootstrap));
            KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(factory);
            rawProducer(admin, kafka, bootstrap, seconds);
            for (int rate : rates) {
                latency(admin, kafka, uri, bootstrap, rate, seconds);
            }
            drain(admin, kafka, uri, bootstrap, backlog, 1);
            drain(admin, kafka, uri, bootstrap, backlog, 5);
            factory.destroy();
        } finally {
            server.shutdownNow();
            broker.destroy();
        }
        System.exit(0);
    }

    static String topic(Admin admin, String name) throws Exception {
        admin.createTopics(List.of(new NewTopic(name, 1, (short) 1)
                .configs(Map.of("message.timestamp.type", "LogAppendTime")))).all().get();
        return name;
    }

    /** (c) The producer alone: send→ack at 200 msg/s, then as many as it takes. */
    static void rawProducer(Admin admin, KafkaTemplate<String, byte[]> kafka, String bootstrap, int seconds)
            throws Exception {
        String topic = topic(admin, "bench-raw");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / 200;
        long next = System.nanoTime();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (int n = 0; n < 200 * seconds; n++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            long sent = System.nanoTime();
            acks.add(kafka.send(RelayFixture.event(topic, "raw-" + n, 1, Instant.now(), DATA).toProducerRecord())
                    .whenComplete((r, e) -> latencies.add(System.nanoTime() - sent)));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get();
        report("raw producer, 200 msg/s send→ack", new ArrayList<>(latencies).subList(Math.min(400, latencies.size() / 5), latencies.size()), 1e6);
        // As fast as it takes, with at most 5,000 records unacknowledged (the relay's own window is a batch).
        int count = 50_000;
        java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(5_000);
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        for (int n = 0; n < count; n++) {
            window.acquire();
            kafka.send(RelayFixture.event(topic, "max-" + n, 1, Instant.now(), DATA).toProducerRecord())
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            failed.incrementAndGet();
                        }
                        window.release();
                    });
        }
        window.acquire(5_000);
        double rate = count / ((System.nanoTime() - started) / 1e9);
        System.out.printf("RESULT raw producer max: %d records in %.0f msgs/s (%d failed)%n", count, rate, failed.get());
    }

    /** (a) Aggregates written at a steady rate with the relay running (wake on write, defaults). */
    static void latency(Admin admin, KafkaTemplate<String, byte[]> kafka, String uri, String bootstrap, int rate,
            int seconds) throws Exception {
        String topic = topic(admin, "bench-latency-" + rate);
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(uri), "bench_latency_" + rate);
        OutboxRelay relay = new OutboxRelay(mongo, kafka, OutboxCollections.of("aggregates"),
                OutboxProperties.defaults(), new SimpleMeterRegistry());
        relay.start();
        AggregateWriter writer = new AggregateWriter(mongo);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = rate * seconds;
        long started = System.nanoTime();
        long next = started;
        for (int n = 0; n < total; n++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            String id = "agg-" + n;
            PendingEvent event = RelayFixture.event(topic, id, 1, Instant.now(), DATA);
            writer.insert(new Document("_id", id).append("version", 1).append("name", "bench"), List.of(event),
                    "aggregates");
        }
        double achieved = total / ((System.nanoTime() - started) / 1e9);
        List<ConsumerRecord<String, byte[]>> records = consume(bootstrap, topic, total);
        relay.stop();
        List<Long> latencies = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records.subList(Math.min(records.size(), rate * 2), records.size())) {
            latencies.add(record.timestamp() - EventEnvelope.from(record).time().toEpochMilli());
        }
        report(String.format("relay, %d writes/s (achieved %.0f/s) write→LogAppendTime", rate, achieved), latencies, 1);
    }

    /** (b) A backlog written with the relay off, then drained; until the outbox is empty and all is on the topic. */
    static void drain(Admin admin, KafkaTemplate<String, byte[]> kafka, String uri, String bootstrap, int events,
            int perAggregate) throws Exception {
        String topic = topic(admin, "bench-drain-" + perAggregate);
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(uri), "bench_drain_" + perAggregate);
        List<Document> documents = new ArrayList<>();
        for (int n = 0; n < events / perAggregate; n++) {
            List<Document> outbox = new ArrayList<>();
            for (int sequence = 1; sequence <= perAggregate; sequence++) {
                Document event = new Document();
                mongo.getConverter().write(RelayFixture.event(topic, "agg-" + n, sequence, Instant.now(), DATA), event);
                event.remove("_class");
                outbox.add(event);
            }
            documents.add(new Document("_id", "agg-" + n).append("version", perAggregate).append("outbox", outbox));
            if (documents.size() == 1000) {
                mongo.getCollection("aggregates").insertMany(documents);
                documents.clear();
            }
        }
        if (!documents.isEmpty()) {
            mongo.getCollection("aggregates").insertMany(documents);
        }
        OutboxRelay relay = new OutboxRelay(mongo, kafka, OutboxCollections.of("aggregates"),
                OutboxProperties.defaults(), new SimpleMeterRegistry());
        long started = System.nanoTime();
        relay.start();
        // Watch the topic's end offset (cheap), not the store, so the measurement does not slow the relay.
        long onTopic;
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            do {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                onTopic = consumer.endOffsets(List.of(partition)).get(partition);
            } while (onTopic < events);
        }
        while (mongo.getCollection("aggregates").countDocuments(new Document("outbox.0", new Document("$exists", true))) > 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        long drained = System.nanoTime();
        relay.stop();
        double seconds = (drained - started) / 1e9;
        System.out.printf("RESULT drain %d events (%d per aggregate): %.1f s, %.0f events/s, %d records on the topic%n",
                events, perAggregate, seconds, events / seconds, onTopic);
    }

    static List<ConsumerRecord<String, byte[]>> consume(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    static void report(String what, List<Long> samples, double perMilli) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("RESULT %s: no samples%n", what);
            return;
        }
        double p50 = sorted[sorted.length / 2] / perMilli;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / perMilli;
        double max = sorted[sorted.length - 1] / perMilli;
        System.out.printf("RESULT %s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.length, p50, p99, max);
    }
}

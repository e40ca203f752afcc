package org.smenet.kit.events;

import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.smenet.testsupport.Infrastructure;
import org.smenet.testsupport.NodeInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** A broker, a store and the kit's own producer settings for relay tests that build the relay directly. */
public final class RelayFixture {

    private RelayFixture() {
    }

    public static Infrastructure.Endpoints endpoints() {
        return Infrastructure.endpoints(NodeInfrastructure.Mode.AUTO);
    }

    /** A fresh database on the shared store. */
    public static MongoTemplate store(String name) {
        return new MongoTemplate(MongoClients.create(endpoints().mongoUri()), name + "_" + suffix());
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The producer configuration every service gets from {@code smenet-kit.properties}. */
    public static Map<String, Object> kitProducerConfig(String bootstrap) {
        Properties kit = new Properties();
        try (InputStream in = RelayFixture.class.getResourceAsStream("/smenet-kit.properties")) {
            kit.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> config = new HashMap<>();
        String prefix = "spring.kafka.producer.properties.";
        kit.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> config.put(key.substring(prefix.length()), kit.getProperty(key)));
        config.put(ProducerConfig.ACKS_CONFIG, kit.getProperty("spring.kafka.producer.acks"));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    public static DefaultKafkaProducerFactory<String, byte[]> producers(Map<String, Object> overrides) {
        Map<String, Object> config = kitProducerConfig(endpoints().kafkaBootstrap());
        config.putAll(overrides);
        return new DefaultKafkaProducerFactory<>(config);
    }

    public static KafkaTemplate<String, byte[]> kafka() {
        return new KafkaTemplate<>(producers(Map.of()));
    }

    public static PendingEvent event(String topic, String subject, long sequence, Instant time, String data) {
        return new PendingEvent(UUID.randomUUID().toString(), topic, "org.smenet.test.changed.v1", subject,
                "/smenet/CL/test", null, "CL", sequence, time, data, null);
    }

    public static PendingEvent event(String topic, String subject, long sequence) {
        return event(topic, subject, sequence, Instant.now(), "{\"n\":" + sequence + "}");
    }

    /** An aggregate document as {@link AggregateWriter} writes it, with its pending events. */
    public static void insert(MongoTemplate mongo, String collection, String id, List<PendingEvent> events) {
        new AggregateWriter(mongo).insert(new Document("_id", id).append("version", events.size()), events, collection);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static long sequence(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(header(record, "ce_sequence"));
    }

    /** All records of a one-partition topic, waiting until at least {@code expected} arrived. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int expected, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints().kafkaBootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return records.size() >= expected;
            });
            // whatever else is already there (duplicates would show up here)
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }
}

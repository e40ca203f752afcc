package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.mirror.MirrorMaker;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * MirrorMaker 2 started with the mm2.properties the chart renders, between two real (in-JVM) brokers: the
 * peer's public topic arrives as {@code VN.smenet.public.*}, its private topic does not, and nothing is
 * written to the peer's cluster.
 */
class MirrorMakerRunTest {

    private static final String PUBLIC = "smenet.public.registry.enterprise.v1";
    private static final String PRIVATE = "smenet.registry.enterprise.v1";

    @Test
    void mirrorsThePeersPublicTopicIntoThisClusterAndNothingElse() throws Exception {
        var local = new EmbeddedKafkaKraftBroker(1, 1);
        var peer = new EmbeddedKafkaKraftBroker(1, 1);
        MirrorMaker mirrorMaker = null;
        try {
            local.afterPropertiesSet();
            peer.afterPropertiesSet();
            try (Admin admin = admin(peer)) {
                admin.createTopics(List.of(new NewTopic(PUBLIC, 1, (short) 1), new NewTopic(PRIVATE, 1, (short) 1)))
                        .all().get();
            }
            Set<String> peerTopicsBefore = topics(peer);

            Map<String, String> config = mm2Properties(local.getBrokersAsString(), peer.getBrokersAsString());
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                mirrorMaker = new MirrorMaker(config, List.of("CL"), Time.SYSTEM);
            } finally {
                // MirrorMaker swaps the thread's context class loader and does not restore it
                Thread.currentThread().setContextClassLoader(loader);
            }
            mirrorMaker.start();

            try (var producer = producer(peer)) {
                producer.send(new ProducerRecord<>(PUBLIC, "ent-1", "public record")).get();
                producer.send(new ProducerRecord<>(PRIVATE, "ent-1", "private record")).get();
            }

            List<ConsumerRecord<String, String>> mirrored = new ArrayList<>();
            try (var consumer = consumer(local)) {
                consumer.subscribe(List.of("VN." + PUBLIC));
                await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(mirrored::add);
                    assertThat(mirrored).extracting(ConsumerRecord::value).contains("public record");
                });
            }
            assertThat(topics(local)).contains("VN." + PUBLIC).doesNotContain("VN." + PRIVATE);
            // no heartbeats, checkpoints or offset syncs on the peer: its credentials need only read access
            assertThat(topics(peer)).isEqualTo(peerTopicsBefore);
        } finally {
            if (mirrorMaker != null) {
                mirrorMaker.stop();
                mirrorMaker.awaitStop();
            }
            local.destroy();
            peer.destroy();
        }
    }

    private static Map<String, String> mm2Properties(String local, String peer) throws Exception {
        var chart = RenderedChart.template(
                "global.kafka.bootstrapServers", local,
                "global.peers[0].alias", "VN",
                "global.peers[0].bootstrapServers", peer,
                "global.peers[0].securityProtocol", "PLAINTEXT",
                "mirrorMaker.replicationFactor", "1",
                "mirrorMaker.refreshTopicsIntervalSeconds", "1");
        String properties = RenderedChart.documents(chart).stream()
                .filter(doc -> doc.contains("mm2.properties: |"))
                .map(doc -> io.fabric8.kubernetes.client.utils.Serialization.unmarshal(doc,
                        io.fabric8.kubernetes.api.model.ConfigMap.class).getData().get("mm2.properties"))
                .findFirst().orElseThrow();
        var loaded = new Properties();
        loaded.load(new StringReader(properties));
        Map<String, String> map = new HashMap<>();
        loaded.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static Admin admin(EmbeddedKafkaKraftBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    private static Set<String> topics(EmbeddedKafkaKraftBroker broker) throws Exception {
        try (Admin admin = admin(broker)) {
            return admin.listTopics().names().get();
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaKraftBroker broker) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaKraftBroker broker) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "chart-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                new StringDeserializer(), new StringDeserializer());
    }
}

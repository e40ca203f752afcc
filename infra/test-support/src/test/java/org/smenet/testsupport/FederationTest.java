package org.smenet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@link Federation} fixture: three nodes, MirrorMaker 2 between every pair, public topics only. */
class FederationTest {

    private static Federation network;

    @BeforeAll
    static void startNetwork() {
        network = Federation.start("CL", "VN", "TH");
    }

    @AfterAll
    static void stopNetwork() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void aPublicRecordReachesEveryPeerWithKeyValueAndHeadersIntact() {
        String topic = "smenet.public.x" + suffix() + ".v1";
        byte[] binary = {0, 1, 2, (byte) 0xff};
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "key-1", bytes("{\"a\":1}"));
        record.headers().add("ce_id", bytes("evt-1")).add("ce_economy", bytes("CL")).add("ce_signature", binary);
        send(network.bootstrap("CL"), record);

        for (String peer : List.of("VN", "TH")) {
            ConsumerRecord<String, byte[]> arrived = TopicRecords.awaitRecords(network.bootstrap(peer),
                    Federation.mirrored("CL", topic), r -> true, 1).get(0);
            assertThat(arrived.key()).isEqualTo("key-1");
            assertThat(new String(arrived.value(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
            assertThat(TopicRecords.header(arrived, "ce_id")).isEqualTo("evt-1");
            assertThat(TopicRecords.header(arrived, "ce_economy")).isEqualTo("CL");
            assertThat(arrived.headers().lastHeader("ce_signature").value()).isEqualTo(binary);
        }
        // and the other way round
        String back = "smenet.public.y" + suffix() + ".v1";
        send(network.bootstrap("VN"), new ProducerRecord<>(back, "k", bytes("from VN")));
        assertThat(TopicRecords.awaitRecords(network.bootstrap("CL"), Federation.mirrored("VN", back), r -> true, 1))
                .hasSize(1);
    }

    @Test
    void privateTopicsStayHome() {
        String privateTopic = "smenet.registry.enterprise.v1";
        send(network.bootstrap("CL"), new ProducerRecord<>(privateTopic, "e-1", bytes("{\"email\":\"a@b.cl\"}")));
        // a public topic's dead letters (rejected records, exception headers) stay home too
        String deadLetters = "smenet.public.dlt" + suffix() + ".v1.DLT";
        send(network.bootstrap("CL"), new ProducerRecord<>(deadLetters, "e-1", bytes("rejected")));
        // a public topic created after the private one: once it has crossed, MirrorMaker has seen both
        String publicTopic = "smenet.public.z" + suffix() + ".v1";
        send(network.bootstrap("CL"), new ProducerRecord<>(publicTopic, "k", bytes("public")));
        TopicRecords.awaitRecords(network.bootstrap("VN"), Federation.mirrored("CL", publicTopic), r -> true, 1);

        Set<String> onVn = topics(network.bootstrap("VN"));
        assertThat(onVn).doesNotContain(Federation.mirrored("CL", privateTopic), Federation.mirrored("CL", deadLetters));
        assertThat(onVn.stream().filter(t -> t.startsWith("CL.")))
                .allMatch(t -> t.startsWith("CL.smenet.public.") && !t.endsWith(".DLT") || t.endsWith(".heartbeats"));
        // a mirrored topic is not passed on (no VN.CL.smenet.… on TH), and nothing comes back home as TH.…
        assertThat(topics(network.bootstrap("TH")))
                .noneMatch(t -> t.matches("[A-Z]{2}\\.[A-Z]{2}\\.smenet\\..*") || t.startsWith("TH."));
    }

    @Test
    void aPeerLinkDownForAWhileCatchesUpWithNothingLostAndNothingTwice() {
        String topic = "smenet.public.outage" + suffix() + ".v1";
        String mirrored = Federation.mirrored("CL", topic);
        send(network.bootstrap("CL"), new ProducerRecord<>(topic, "k", bytes("before")));
        TopicRecords.awaitRecords(network.bootstrap("VN"), mirrored, r -> true, 1);

        network.stopMirror();
        assertThat(network.mirrorRunning()).isFalse();
        try (KafkaProducer<String, byte[]> producer = producer(network.bootstrap("CL"))) {
            IntStream.range(0, 100).forEach(i -> producer.send(new ProducerRecord<>(topic, "k", bytes("during-" + i))));
            producer.flush();
        }
        network.startMirror();

        List<ConsumerRecord<String, byte[]>> arrived = TopicRecords.awaitRecords(network.bootstrap("VN"), mirrored,
                r -> new String(r.value(), StandardCharsets.UTF_8).equals("during-99"), 1);
        assertThat(arrived).hasSize(1);
        // one partition, in order: a replay would sit before the last record, so the end offset tells all
        List<String> values = readAll(network.bootstrap("VN"), mirrored);
        assertThat(values).hasSize(101).doesNotHaveDuplicates().first().isEqualTo("before");
        assertThat(values.subList(1, 101))
                .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "during-" + i).toList());
    }

    @Test
    void everyNodeHasItsOwnKeyStoreAndTrustsTheOthers() throws Exception {
        Map<String, Object> cl = network.nodeProperties("CL");
        assertThat(cl).containsEntry("spring.kafka.bootstrap-servers", network.bootstrap("CL"))
                .containsEntry("smenet.node.economies", "CL");
        assertThat(network.mongoUri("CL")).isNotEqualTo(network.mongoUri("VN")).startsWith("mongodb://127.0.0.1:");

        String key = java.nio.file.Files.readString(network.keyFile("CL"));
        String peers = java.nio.file.Files.readString(network.peersFile("CL"));
        assertThat(peers).contains("\"VN\"", "\"TH\"", network.jwks("VN")).doesNotContain("\"CL\":", "\"d\"");
        // the raw d and x are one Ed25519 key pair (PKCS#8 / X.509 prefixes + 32 raw bytes)
        var b64 = java.util.Base64.getUrlDecoder();
        byte[] d = b64.decode(key.replaceAll(".*\"d\":\"([^\"]+)\".*", "$1"));
        byte[] x = b64.decode(key.replaceAll(".*\"x\":\"([^\"]+)\".*", "$1"));
        var keys = java.security.KeyFactory.getInstance("Ed25519");
        var privateKey = keys.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                concat(java.util.HexFormat.of().parseHex("302e020100300506032b657004220420"), d)));
        var publicKey = keys.generatePublic(new java.security.spec.X509EncodedKeySpec(
                concat(java.util.HexFormat.of().parseHex("302a300506032b6570032100"), x)));
        var signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(bytes("signed"));
        byte[] signature = signer.sign();
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(bytes("signed"));
        assertThat(verifier.verify(signature)).isTrue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static void send(String bootstrap, ProducerRecord<String, byte[]> record) {
        PeerRecords.send(bootstrap, record);
    }

    private static Set<String> topics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            assertThat(partitions).hasSize(1);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long end = consumer.endOffsets(partitions).get(partitions.get(0));
            List<String> values = new java.util.ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
                return consumer.position(partitions.get(0)) >= end;
            });
            return values;
        }
    }
}

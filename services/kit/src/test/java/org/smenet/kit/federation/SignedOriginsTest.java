package org.smenet.kit.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smenet.contracts.EventEnvelope;
import org.smenet.kit.events.RecordSigner;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.node.NodeProperties;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.testsupport.PeerRecords;
import org.smenet.testsupport.TestPeers;
import tools.jackson.databind.json.JsonMapper;

/** Mirrored records are accepted only when signed by a key the node pins for the peer the topic names. */
class SignedOriginsTest {

    private static final String TOPIC = "smenet.public.registry.enterprise.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private EventOrigins origins(Path peersFile) {
        Map<String, NodeProperties.Peer> peers = Map.of(
                "VN", new NodeProperties.Peer(List.of("VN"), TestPeers.jwks("VN")),
                "TH", new NodeProperties.Peer(List.of("TH"), TestPeers.jwks("TH")));
        NodeProperties properties = new NodeProperties(List.of("CL"), false, peers,
                dir.resolve("keys.json").toString(), peersFile.toString());
        return new EventOrigins(new HostedEconomies(properties, new ReferenceData()),
                new PeerTrust(properties, JSON), meters);
    }

    private static EventEnvelope event(String economy) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "registry"),
                "org.smenet.registry.enterprise.published.v1", "ent-1", Instant.parse("2026-11-28T08:00:00.123Z"),
                null, economy, 7, "{\"legalName\":\"Pho Co\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static EventEnvelope read(org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record) {
        var consumed = new org.apache.kafka.clients.consumer.ConsumerRecord<>(record.topic(), 0, 0L, record.key(),
                record.value());
        record.headers().forEach(h -> consumed.headers().add(h));
        return EventEnvelope.from(consumed);
    }

    private String rejection(String topic, EventEnvelope event, EventOrigins origins) {
        try {
            origins.check(topic, event);
            return "accepted";
        } catch (EventOrigins.RejectedRecord rejected) {
            return rejected.reason();
        }
    }

    @Test
    void aRecordSignedByThePeerItCameFromIsAcceptedAfterCrossingKafkaHeaders() {
        var record = PeerRecords.record("VN", event("VN"), TOPIC);
        assertThatCode(() -> origins(dir.resolve("none.json")).check(record.topic(), read(record)))
                .doesNotThrowAnyException();
    }

    @Test
    void unsignedForgedAlteredAndReplayedRecordsAreRejectedWithTheirReason() {
        EventOrigins origins = origins(dir.resolve("none.json"));
        var unsigned = PeerRecords.unsigned("VN", event("VN"), TOPIC);
        assertThat(rejection(unsigned.topic(), read(unsigned), origins)).isEqualTo("unsigned");

        // Thailand's node signs a record of its own economy and it is replayed into Viet Nam's mirrored topic
        var replayed = PeerRecords.signedBy("TH", "VN", event("TH"), TOPIC);
        assertThat(rejection(replayed.topic(), read(replayed), origins)).isEqualTo("economy-not-of-peer");

        // Thailand's key signs a record claiming to be Viet Nam's
        var forged = PeerRecords.signedBy("TH", "VN", event("VN"), TOPIC);
        assertThat(rejection(forged.topic(), read(forged), origins)).isEqualTo("untrusted-key");

        // a key nobody pins
        var unknown = PeerRecords.signedBy("MX", "VN", event("VN"), TOPIC);
        assertThat(rejection(unknown.topic(), read(unknown), origins)).isEqualTo("untrusted-key");

        EventEnvelope signed = TestPeers.sign("VN", event("VN"));
        EventEnvelope alteredData = new EventEnvelope(signed.id(), signed.source(), signed.type(), signed.subject(),
                signed.time(), signed.dataschema(), signed.economy(), signed.sequence(),
                "{\"legalName\":\"Pho Co Ltd\"}".getBytes(StandardCharsets.UTF_8), signed.signaturekey(),
                signed.signature());
        assertThat(rejection("VN." + TOPIC, alteredData, origins)).isEqualTo("bad-signature");
        EventEnvelope alteredSequence = new EventEnvelope(signed.id(), signed.source(), signed.type(),
                signed.subject(), signed.time(), signed.dataschema(), signed.economy(), 99, signed.data(),
                signed.signaturekey(), signed.signature());
        assertThat(rejection("VN." + TOPIC, alteredSequence, origins)).isEqualTo("bad-signature");
        EventEnvelope garbage = signed.withSignature(signed.signaturekey(), "not-base64!");
        assertThat(rejection("VN." + TOPIC, garbage, origins)).isEqualTo("bad-signature");

        assertThat(meters.get("smenet.kafka.rejected.records").tag("topic", "VN." + TOPIC).tag("reason", "bad-signature")
                .counter().count()).isEqualTo(3);
    }

    @Test
    void aPeerAddedToThePeersFileIsTrustedWithoutARestart() throws Exception {
        Path peersFile = dir.resolve("peers.json");
        EventOrigins origins = origins(peersFile);
        var fromMexico = PeerRecords.record("MX", event("MX"), TOPIC);
        // MX is not pinned by the properties above: its records are refused
        assertThat(rejection(fromMexico.topic(), read(fromMexico), origins)).isEqualTo("untrusted-key");

        Files.writeString(peersFile, "{\"peers\":{\"MX\":{\"economies\":[\"MX\"],\"jwks\":" + TestPeers.jwks("MX")
                + "}}}");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> rejection(fromMexico.topic(), read(fromMexico), origins).equals("accepted"));
    }

    @Test
    void recordsJudgedAtOnceOnManyConsumerThreadsAllSeeThePeersFile() throws Exception {
        // a regression: the first reader marked the file as checked before it had read it, so a second consumer
        // thread judged a genuine record against no peers at all and dead-lettered it as untrusted-key
        Path peersFile = dir.resolve("peers-at-start.json");
        Files.writeString(peersFile, "{\"peers\":{\"MX\":{\"economies\":[\"MX\"],\"jwks\":" + TestPeers.jwks("MX")
                + "}}}");
        for (int round = 0; round < 20; round++) {
            EventOrigins origins = origins(peersFile);
            var record = PeerRecords.record("MX", event("MX"), TOPIC);
            EventEnvelope event = read(record);
            var pool = Executors.newFixedThreadPool(8);
            try {
                Callable<String> judge = () -> rejection(record.topic(), event, origins);
                assertThat(pool.invokeAll(java.util.Collections.nCopies(8, judge))).allSatisfy(
                        verdict -> assertThat(verdict.get()).isEqualTo("accepted"));
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void theNodeKeyIsCreatedOnceSharedByServicesStartingTogetherAndPublishedWithoutItsPrivatePart()
            throws Exception {
        Path file = dir.resolve("node/signing-keys.json");
        var pool = Executors.newFixedThreadPool(4);
        try {
            Callable<NodeKeys> load = () -> NodeKeys.load(file, List.of("CL"), JSON);
            var loaded = pool.invokeAll(List.of(load, load, load, load));
            List<String> ids = loaded.stream().map(f -> {
                try {
                    return f.get().keyId();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        NodeKeys keys = NodeKeys.load(file, List.of("CL"), JSON);
        String jwks = JSON.writeValueAsString(keys.jwks());
        assertThat(jwks).contains("\"kid\":\"" + keys.keyId() + "\"").contains("\"x\":").doesNotContain("\"d\"");
        assertThat(Files.readString(file)).contains("\"d\"");

        // the node's own records on public topics verify with what it publishes
        NodeProperties properties = new NodeProperties(List.of("VN"), false,
                Map.of("CL", new NodeProperties.Peer(List.of("CL"), jwks)), dir.resolve("vn.json").toString(),
                dir.resolve("none.json").toString());
        EventOrigins peer = new EventOrigins(new HostedEconomies(properties, new ReferenceData()),
                new PeerTrust(properties, JSON), meters);
        EventEnvelope published = RecordSigner.publicTopics(keys).sign(TOPIC, event("CL"));
        assertThat(rejection("CL." + TOPIC, read(published.toProducerRecord("CL." + TOPIC)), peer))
                .isEqualTo("accepted");
        assertThat(RecordSigner.publicTopics(keys).sign("smenet.registry.enterprise.v1", event("CL")).signature())
                .as("private topics are not signed").isNull();
    }

    @Test
    void aRotatedKeySetKeepsTheOldKeyPublishedAndSignsWithTheNewOne() throws Exception {
        Path file = dir.resolve("rotated.json");
        NodeKeys old = NodeKeys.load(file, List.of("CL"), JSON);
        @SuppressWarnings("unchecked")
        Map<String, Object> current = JSON.readValue(Files.readString(file), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> fresh = (Map<String, Object>) ((List<?>) NodeKeys.newKeySet(List.of("CL")).get("keys")).get(0);
        List<Object> keys = new java.util.ArrayList<>();
        keys.add(fresh);
        keys.addAll((List<?>) current.get("keys"));
        Files.writeString(file, JSON.writeValueAsString(Map.of("keys", keys)));

        NodeKeys rotated = NodeKeys.load(file, List.of("CL"), JSON);
        assertThat(rotated.keyId()).isEqualTo(fresh.get("kid")).isNotEqualTo(old.keyId());
        assertThat(JSON.writeValueAsString(rotated.jwks())).contains(old.keyId()).contains(rotated.keyId());
    }

    @Test
    void aKeyFileWithoutAPrivateKeyIsRefusedAtStart() throws Exception {
        Path file = dir.resolve("public-only.json");
        Files.writeString(file, TestPeers.jwks("CL"));
        assertThatThrownBy(() -> NodeKeys.load(file, List.of("CL"), JSON)).hasMessageContaining("no private part");
    }
}

package org.smenet.kit.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smenet.contracts.EventEnvelope;
import org.smenet.kit.errors.ProblemHandler;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxDocuments;
import org.smenet.kit.events.RelayFixture;
import org.smenet.kit.federation.PeerTrust;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.node.NodeProperties;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.ActorArgumentResolver;
import org.smenet.testsupport.PeerRecords;
import org.smenet.testsupport.TestPeers;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's status of a service against the real broker and store: the outbox backlog and its oldest event,
 * a consumer group's lag per topic, the dead-letter topic's record count, the trusted peers and the last mirrored
 * record accepted from one; only an operator or an economy admin may read it.
 */
class NodeStatusTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    MongoTemplate mongo;
    Admin admin;
    String topic;
    String group;
    EventOrigins origins;
    NodeStatus status;
    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        String bootstrap = RelayFixture.endpoints().kafkaBootstrap();
        mongo = RelayFixture.store("status");
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        topic = "smenet.status-" + RelayFixture.suffix() + ".v1";
        group = "status-" + RelayFixture.suffix();
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1), new NewTopic(topic + ".DLT", 1, (short) 1)))
                .all().get();

        NodeProperties properties = new NodeProperties(List.of("CL"), false,
                Map.of("VN", new NodeProperties.Peer(List.of("VN"), TestPeers.jwks("VN"))),
                dir.resolve("keys.json").toString(), dir.resolve("peers.json").toString());
        PeerTrust trust = new PeerTrust(properties, JsonMapper.builder().build());
        HostedEconomies hosted = new HostedEconomies(properties, new ReferenceData());
        origins = new EventOrigins(hosted, trust, new SimpleMeterRegistry());
        status = new NodeStatus("kit", mongo, OutboxCollections.of("aggregates"),
                () -> Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)), () -> List.of(group),
                trust, origins, hosted.list(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5));
        mvc = MockMvcBuilders.standaloneSetup(new NodeStatusController(status, hosted))
                .addPlaceholderValue("spring.application.name", "kit")
                .setCustomArgumentResolvers(new ActorArgumentResolver())
                .setControllerAdvice(new ProblemHandler())
                .build();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        status.destroy();
        admin.close();
    }

    @Test
    void reportsTheOutboxBacklogWithTheAgeOfItsOldestEvent() {
        mongo.insert(new Document("_id", "a-1").append("outbox", List.of(pending("e1", NOW.minusSeconds(90)),
                pending("e2", NOW.minusSeconds(10)))), "aggregates");
        mongo.insert(new Document("_id", "a-2").append("outbox", List.of(pending("e3", NOW.minusSeconds(30))))
                .append(OutboxDocuments.PARKED, List.of(pending("e0", NOW.minusSeconds(500)))), "aggregates");
        mongo.insert(new Document("_id", "a-3").append("outbox", List.of()), "aggregates");

        NodeStatus.Outbox outbox = status.report().outbox();

        assertThat(outbox.pending()).isEqualTo(3);
        assertThat(outbox.parked()).isEqualTo(1);
        assertThat(outbox.oldestPendingAt()).isEqualTo(NOW.minusSeconds(90));
        assertThat(outbox.oldestPendingAgeSeconds()).isEqualTo(90);
    }

    @Test
    void reportsAConsumerGroupsLagPerTopicAndTheDeadLetterCountFromTheBroker() throws Exception {
        var producers = RelayFixture.producers(Map.of());
        try {
            KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(producers);
            for (int i = 0; i < 5; i++) {
                kafka.send(new ProducerRecord<>(topic, 0, "k" + i, new byte[] {1})).get();
            }
            kafka.send(new ProducerRecord<>(topic, 1, "k", new byte[] {1})).get();
            kafka.send(new ProducerRecord<>(topic + ".DLT", "bad-1", new byte[] {1})).get();
            kafka.send(new ProducerRecord<>(topic + ".DLT", "bad-2", new byte[] {1})).get();
        } finally {
            producers.destroy();
        }
        commit(Map.of(new TopicPartition(topic, 0), 2L, new TopicPartition(topic, 1), 1L));

        NodeStatus.Kafka kafka = status.report().kafka();

        assertThat(kafka.reachable()).isTrue();
        assertThat(kafka.consumers()).containsExactly(new NodeStatus.ConsumerLag(group, topic, 2, 3));
        assertThat(kafka.deadLetters()).containsExactly(new NodeStatus.DeadLetters(topic + ".DLT", 2, 2));
    }

    @Test
    void listsTheTrustedPeersAndTheLastMirroredRecordAcceptedFromOne() {
        assertThat(status.report().peers()).singleElement().satisfies(peer -> {
            assertThat(peer.alias()).isEqualTo("VN");
            assertThat(peer.keys()).isEqualTo(1);
            assertThat(peer.lastMirroredAt()).isNull();
        });
        EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf("VN", "registry"),
                "org.smenet.registry.enterprise.published.v1", "ent-1", Instant.parse("2026-11-28T08:00:00Z"), null,
                "VN", 1, "{}".getBytes(StandardCharsets.UTF_8));
        var record = PeerRecords.record("VN", event, "smenet.public.registry.enterprise.v1");
        var consumed = new org.apache.kafka.clients.consumer.ConsumerRecord<>(record.topic(), 0, 0L, record.key(),
                record.value());
        record.headers().forEach(h -> consumed.headers().add(h));
        origins.check(record.topic(), EventEnvelope.from(consumed));

        NodeStatus.PeerStatus vn = status.report().peers().get(0);
        assertThat(vn.lastMirroredTopic()).isEqualTo("VN.smenet.public.registry.enterprise.v1");
        assertThat(vn.lastMirroredEventTime()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
        assertThat(vn.lastMirroredAt()).isNotNull();
    }

    @Test
    void onlyAnOperatorOrAnEconomyAdminOfAHostedEconomyMayReadIt() throws Exception {
        for (String role : List.of("SME", "FOCAL_POINT", "EXPERT")) {
            as("CL", role);
            mvc.perform(get("/api/kit/operator/status")).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://smenet.org/problems/forbidden"));
        }
        as("PE", "NETWORK_OPERATOR");
        mvc.perform(get("/api/kit/operator/status")).andExpect(status().isForbidden());
        as("CL", "ECONOMY_ADMIN");
        mvc.perform(get("/api/kit/operator/status")).andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("kit"))
                .andExpect(jsonPath("$.outbox.pending").value(0))
                .andExpect(jsonPath("$.kafka.reachable").value(true))
                .andExpect(jsonPath("$.peers[0].alias").value("VN"));
    }

    private void commit(Map<TopicPartition, Long> offsets) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RelayFixture.endpoints().kafkaBootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> commit = new java.util.HashMap<>();
            offsets.forEach((tp, offset) -> commit.put(tp, new OffsetAndMetadata(offset)));
            consumer.commitSync(commit);
        }
    }

    private static Document pending(String id, Instant time) {
        return new Document("eventId", id).append("topic", "t").append("time", Date.from(time));
    }

    private static void as(String economy, String role) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "none").subject("someone").claim("economy", economy)
                .claim("org", "org-" + economy).claim("roles", List.of(role)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}

package org.smenet.matchmaking.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.matchmaking.MatchmakingTestSupport.awaitRecords;
import static org.smenet.matchmaking.MatchmakingTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchIntroduction;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.MatchmakingTestSupport.Registry;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.testsupport.PeerRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * An introduction between firms of two economies, brokered by a focal point of either side, through
 * events only: this node hosts CL and PE, Viet Nam's node is simulated by records on the mirrored topic
 * {@code VN.smenet.public.matchmaking.introduction.v1} (through {@link PeerRecords}); this node's own
 * steps go out on {@code smenet.public.matchmaking.introduction.v1} for Viet Nam's node.
 */
@MatchmakingIntegration
class CrossBorderIntroductionTest {

    static final String FP = "org-cl-fp-crossborder";
    static final String MIRRORED = "VN." + MatchmakingEvents.INTRODUCTION_TOPIC;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    MatchStore matches;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    Registry registry;

    @BeforeEach
    void setUp() {
        mvc = MatchmakingTestSupport.mockMvc(context);
        registry = new Registry(bootstrap, json);
        MatchmakingTestSupport.designated(context, "CL", FP, FocalPointFunction.ENTERPRISE_COOPERATION);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    static EnterpriseProfile importer() {
        return MatchmakingTestSupport.profile("Andes Tea Importers SpA", List.of("4630"), List.of("843880"),
                List.of("0902"), List.of(CooperationType.DISTRIBUTION), List.of(CooperationType.SUPPLY), List.of("VN"));
    }

    static EnterpriseProfile grower() {
        return MatchmakingTestSupport.profile("Thai Nguyen Tea Cooperative", List.of("0127"), List.of("090240"),
                List.of("8438"), List.of(CooperationType.SUPPLY), List.of(CooperationType.DISTRIBUTION), List.of("CL"));
    }

    record Pair(String importer, String owner, String grower, String matchId) {
    }

    /** A Chilean importer of this node and a Vietnamese grower of Viet Nam's node, suggested here. */
    Pair suggested() {
        String importer = unique("cl-imp");
        String owner = unique("org-cl-imp");
        String grower = unique("vn-grow");
        registry.registeredAndVerified(importer, "CL", owner, importer());
        registry.send(registry.peerPublished(grower, "VN", 1, grower()));
        String matchId = Match.idOf(importer, grower);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> matches.find(matchId).isPresent());
        return new Pair(importer, owner, grower, matchId);
    }

    @Test
    void aPeersIntroductionAppliesOnceEvenWhenDeliveredTwice() throws Exception {
        Pair p = suggested();
        // Viet Nam's focal point introduced the pair on Viet Nam's node (its match at version 4), delivered twice
        EventEnvelope introduced = step(MatchmakingEvents.INTRODUCTION_INTRODUCED, p, "VN", 4, "VN");
        PeerRecords.send(bootstrap, "VN", introduced, MatchmakingEvents.INTRODUCTION_TOPIC);
        PeerRecords.send(bootstrap, "VN", introduced, MatchmakingEvents.INTRODUCTION_TOPIC);
        // then the Vietnamese firm agreed there
        PeerRecords.send(bootstrap, "VN", step(MatchmakingEvents.INTRODUCTION_AGREED, p, "VN", 5, "VN"),
                MatchmakingEvents.INTRODUCTION_TOPIC);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> matches.find(p.matchId()).orElseThrow().stage() == MatchStage.AGREED);
        Match match = matches.find(p.matchId()).orElseThrow();
        assertThat(match.version()).isEqualTo(3); // suggested, introduced once, agreed
        assertThat(match.brokerEconomy()).isEqualTo("VN");
        assertThat(match.peerSequence()).isEqualTo(5);
        var events = awaitRecords(bootstrap, MatchmakingEvents.MATCH_TOPIC, r -> r.key().equals(p.matchId()), 3);
        assertThat(events).extracting(CrossBorderIntroductionTest::type).containsExactly(
                MatchmakingEvents.MATCH_SUGGESTED.type(), MatchmakingEvents.MATCH_INTRODUCED.type(),
                MatchmakingEvents.MATCH_AGREED.type());
    }

    @Test
    void aLocalStepOnACrossBorderMatchGoesOutForThePeersNodeWithoutContacts() throws Exception {
        Pair p = suggested();

        mvc.perform(post("/api/matchmaking/matches/{id}/interest", p.matchId()).with(token("CL", p.owner(), "SME"))
                .header("If-Match", "*")).andExpect(status().isOk());

        var published = awaitRecords(bootstrap, MatchmakingEvents.INTRODUCTION_TOPIC,
                r -> r.key().equals(p.matchId()), 1);
        assertThat(type(published.get(0))).isEqualTo(MatchmakingEvents.INTRODUCTION_INTERESTED.type());
        MatchIntroduction data = json.readValue(published.get(0).value(), MatchIntroduction.class);
        assertThat(data.economy()).isEqualTo("CL");
        assertThat(data.targetEconomy()).isEqualTo("VN");
        assertThat(data.stage()).isEqualTo("INTERESTED");
        assertThat(new String(published.get(0).value(), StandardCharsets.UTF_8)).doesNotContain(p.owner());
    }

    @Test
    void aPeersRequestCreatesTheMatchHereAndAFocalPointOfThisSideBrokersIt() throws Exception {
        String importer = unique("cl-imp");
        String owner = unique("org-cl-imp");
        registry.registeredAndVerified(importer, "CL", owner, importer());
        String grower = unique("vn-unknown");
        Pair p = new Pair(importer, owner, grower, Match.idOf(importer, grower));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> context.getBean(
                org.smenet.matchmaking.store.ProfileStore.class).find(importer).isPresent());

        // the Vietnamese firm asked for an introduction on its node; this node never suggested the pair
        PeerRecords.send(bootstrap, "VN", step(MatchmakingEvents.INTRODUCTION_REQUESTED, p, "VN", 3, null),
                MatchmakingEvents.INTRODUCTION_TOPIC);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> matches.find(p.matchId())
                .map(m -> m.stage() == MatchStage.INTRODUCTION_REQUESTED).orElse(false));

        mvc.perform(post("/api/matchmaking/matches/{id}/introduction", p.matchId()).with(token("CL", FP, "FOCAL_POINT"))
                        .header("If-Match", "*"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("INTRODUCED"))
                .andExpect(jsonPath("$.brokerEconomy").value("CL"));
        var published = awaitRecords(bootstrap, MatchmakingEvents.INTRODUCTION_TOPIC,
                r -> r.key().equals(p.matchId()), 1);
        MatchIntroduction data = json.readValue(published.get(0).value(), MatchIntroduction.class);
        assertThat(type(published.get(0))).isEqualTo(MatchmakingEvents.INTRODUCTION_INTRODUCED.type());
        assertThat(data.brokerEconomy()).isEqualTo("CL");
        assertThat(data.targetEconomy()).isEqualTo("VN");
        // and the owner of the Chilean firm, known here from the registry, agrees
        mvc.perform(post("/api/matchmaking/matches/{id}/agreement", p.matchId()).with(token("CL", owner, "SME"))
                .header("If-Match", "*")).andExpect(status().isOk());
    }

    @Test
    void aMirroredIntroductionNamingNoFirmOfAHostedEconomyIsIgnored() throws Exception {
        String vn = unique("vn-a");
        String th = unique("th-b");
        Pair p = new Pair(vn, null, th, Match.idOf(vn, th));
        EventEnvelope step = new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf("VN", "matchmaking"),
                MatchmakingEvents.INTRODUCTION_INTRODUCED.type(), p.matchId(), Instant.now(),
                MatchmakingEvents.INTRODUCTION_INTRODUCED.dataschema(), "VN", 4,
                json.writeValueAsBytes(introduction(p, "VN", "TH", "INTRODUCED", "VN")));

        RecordMetadata sent = sendAndGet(PeerRecords.record("VN", step, MatchmakingEvents.INTRODUCTION_TOPIC));

        awaitConsumed(sent);
        assertThat(matches.find(p.matchId())).isEmpty();
    }

    @Test
    void anIntroductionClaimingAFocalPointOfAnotherEconomyGoesToTheDeadLetterTopic() {
        Pair p = suggested();
        // Viet Nam's node says a Chilean focal point introduced the pair: only Chile's node may say that
        EventEnvelope forged = step(MatchmakingEvents.INTRODUCTION_INTRODUCED, p, "VN", 4, "CL");

        PeerRecords.send(bootstrap, "VN", forged, MatchmakingEvents.INTRODUCTION_TOPIC);

        var dead = awaitRecords(bootstrap, MIRRORED + ".DLT", r -> r.key().equals(p.matchId()), 1);
        assertThat(org.smenet.testsupport.TopicRecords.header(dead.get(0), "kafka_dlt-exception-message"))
                .contains("broker-not-of-record-economy");
        Match match = matches.find(p.matchId()).orElseThrow();
        assertThat(match.stage()).isEqualTo(MatchStage.SUGGESTED);
        assertThat(match.version()).isEqualTo(1);
    }

    private EventEnvelope step(EventType<MatchIntroduction> type, Pair p, String economy, long sequence, String broker) {
        String stage = type.type().replace("org.smenet.matchmaking.introduction.", "").replace(".v1", "")
                .toUpperCase().replace('-', '_');
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "matchmaking"),
                type.type(), p.matchId(), Instant.now(), type.dataschema(), economy, sequence,
                json.writeValueAsBytes(introduction(p, economy, "CL", stage, broker)));
    }

    /** The step as the peer's node publishes it: its match orders the pair the same way (by id). */
    private static MatchIntroduction introduction(Pair p, String economy, String target, String stage, String broker) {
        boolean importerFirst = p.importer().compareTo(p.grower()) < 0;
        String importerEconomy = economy.equals("VN") && target.equals("TH") ? "VN" : "CL";
        String growerEconomy = economy.equals("VN") && target.equals("TH") ? "TH" : "VN";
        return importerFirst
                ? new MatchIntroduction(p.matchId(), economy, target, p.importer(), importerEconomy, p.grower(),
                        growerEconomy, stage, broker, Instant.now())
                : new MatchIntroduction(p.matchId(), economy, target, p.grower(), growerEconomy, p.importer(),
                        importerEconomy, stage, broker, Instant.now());
    }

    private RecordMetadata sendAndGet(org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record)
            throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            return producer.send(record).get();
        }
    }

    /** Waits until the introductions consumer group committed past {@code sent}. */
    private void awaitConsumed(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin
                        .listConsumerGroupOffsets("matchmaking-introductions").partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}

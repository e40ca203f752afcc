package org.smenet.matchmaking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.matchmaking.MatchmakingTestSupport.awaitRecords;
import static org.smenet.matchmaking.MatchmakingTestSupport.profile;
import static org.smenet.matchmaking.MatchmakingTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.MatchmakingTestSupport.Registry;
import org.smenet.matchmaking.app.MatchService;
import org.smenet.matchmaking.app.PartnerService;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.kit.registry.HostedEnterprises;
import org.smenet.matchmaking.events.ProfileListener;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileStore;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registry events in, suggestions out, on a real broker: reasons, idempotency, rebuild from the topics,
 * the brokered lifecycle to agreement and to expiry, a declined pair never again, and tenancy.
 */
@MatchmakingIntegration
class MatchmakingFlowTest {

    static final String FP = "org-cl-fp-broker";
    static final String FP_PE = "org-pe-fp-broker";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    MatchStore matches;
    @Autowired
    MatchService matchService;
    @Autowired
    ProfileStore profiles;
    @Autowired
    PartnerService partners;
    @Autowired
    PartnerIndex index;
    @Autowired
    ProfileListener listener;
    @Autowired
    HostedEnterprises hostedEnterprises;
    @Autowired
    org.springframework.kafka.config.KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    Registry registry;

    @BeforeEach
    void setUp() {
        mvc = MatchmakingTestSupport.mockMvc(context);
        registry = new Registry(bootstrap, json);
        MatchmakingTestSupport.designated(context, "CL", FP, FocalPointFunction.ENTERPRISE_COOPERATION);
        MatchmakingTestSupport.designated(context, "PE", FP_PE, FocalPointFunction.ENTERPRISE_COOPERATION);
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    /** A Chilean tea importer of this node and a Vietnamese tea grower of a peer node, matched. */
    record Pair(String importer, String owner, String grower, String matchId) {
    }

    static EnterpriseProfile importer() {
        return profile("Andes Tea Importers SpA", List.of("4630"), List.of("843880"), List.of("0902"),
                List.of(CooperationType.DISTRIBUTION), List.of(CooperationType.SUPPLY), List.of("VN"));
    }

    static EnterpriseProfile grower() {
        return profile("Thai Nguyen Tea Cooperative", List.of("0127"), List.of("090240"), List.of("8438"),
                List.of(CooperationType.SUPPLY), List.of(CooperationType.DISTRIBUTION), List.of("CL"));
    }

    Pair pair() {
        String importer = unique("cl-tea");
        String owner = unique("org-cl-tea");
        String grower = unique("vn-tea");
        registry.registeredAndVerified(importer, "CL", owner, importer());
        registry.send(registry.peerPublished(grower, "VN", 1, grower()));
        String matchId = Match.idOf(importer, grower);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> matches.find(matchId).isPresent()
                && profiles.find(importer).map(profile -> profile.sequence() == 2).orElse(false));
        return new Pair(importer, owner, grower, matchId);
    }

    @Test
    void registryEventsInSuggestionsOutWithReasons() throws Exception {
        Pair p = pair();

        var suggested = awaitRecords(bootstrap, MatchmakingEvents.MATCH_TOPIC,
                r -> r.key().equals(p.matchId()) && MatchmakingTestSupport.ids(List.of(r)).contains(p.matchId()), 1);
        String data = new String(suggested.get(0).value());
        assertThat(data).contains(p.importer(), p.grower(), "\"HS_HEADING\"", "\"090240\"", "\"TARGET_MARKET\"");

        mvc.perform(get("/api/matchmaking/enterprises/{id}/partners", p.importer()).with(token("CL", p.owner(), "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + p.grower() + "')].legalName")
                        .value("Thai Nguyen Tea Cooperative"))
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + p.grower() + "')].reasons[*].text",
                        org.hamcrest.Matchers.hasItem("you seek 0902 and they offer 090240 (+7.0)")))
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + p.grower() + "')].reasons[*].text",
                        org.hamcrest.Matchers.hasItem("you target VN, their economy (+4.0)")));
    }

    @Test
    void theSameEventTwiceHasOneEffectAndAnUnchangedProfilePublishesNothing() {
        Pair p = pair();
        var first = registry.peerPublished(p.grower(), "VN", 1, grower());
        registry.send(first);
        registry.send(first);
        registry.send(registry.peerPublished(p.grower(), "VN", 2, grower()));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> profiles.find(p.grower()).orElseThrow().sequence() == 2);
        assertThat(matches.find(p.matchId()).orElseThrow().version()).isEqualTo(1);
        assertThat(awaitRecords(bootstrap, MatchmakingEvents.MATCH_TOPIC, r -> r.key().equals(p.matchId()), 1))
                .hasSize(1);
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameSuggestions() {
        Pair p = pair();
        // the live consumers are done with the pair before the read model is dropped
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> profiles.find(p.importer()).map(d -> d.sequence() == 2).orElse(false));
        Actor owner = new Actor("u", "CL", p.owner(), java.util.Set.of(Role.SME));
        var before = partners.partners(owner, p.importer(), null, null, 0, 0, 50).page();

        profiles.drop();
        index.clear();
        replayRegistryTopics();

        var after = partners.partners(owner, p.importer(), null, null, 0, 0, 50).page();
        assertThat(after).isEqualTo(before);
        assertThat(after).extracting(s -> s.partnerId()).contains(p.grower());
    }

    @Test
    void aMatchGoesFromSuggestionThroughABrokeredIntroductionToAgreement() throws Exception {
        Pair p = pair();
        var owner = token("CL", p.owner(), "SME");
        var focalPoint = token("CL", FP, "FOCAL_POINT");

        step(p.matchId(), "interest", owner, "\"1\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("INTERESTED")).andExpect(header().string("ETag", "\"2\""));
        step(p.matchId(), "introduction", owner, "\"2\"").andExpect(status().isForbidden());
        step(p.matchId(), "introduction-request", owner, "\"2\"").andExpect(status().isOk());
        step(p.matchId(), "agreement", owner, "\"3\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("agreement-after-introduction"));
        // the focal point finds it in its economy's work list without naming an enterprise; an SME may not list it
        mvc.perform(get("/api/matchmaking/matches").param("stage", "INTRODUCTION_REQUESTED").param("size", "100")
                        .with(focalPoint))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(
                        org.hamcrest.Matchers.hasItem(p.matchId())));
        mvc.perform(get("/api/matchmaking/matches").param("stage", "INTRODUCTION_REQUESTED").with(owner))
                .andExpect(status().isForbidden());
        step(p.matchId(), "introduction", token("PE", FP_PE, "FOCAL_POINT"), "\"3\"").andExpect(status().isNotFound());
        step(p.matchId(), "introduction", focalPoint, "\"3\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.introducedBy").value(FP));
        step(p.matchId(), "agreement", focalPoint, "\"4\"").andExpect(status().isForbidden());
        step(p.matchId(), "agreement", owner, "\"4\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("AGREED"));

        var events = awaitRecords(bootstrap, MatchmakingEvents.MATCH_TOPIC, r -> r.key().equals(p.matchId()), 5);
        assertThat(events).extracting(r -> type(r)).containsExactly(MatchmakingEvents.MATCH_SUGGESTED.type(),
                MatchmakingEvents.MATCH_INTERESTED.type(), MatchmakingEvents.MATCH_INTRODUCTION_REQUESTED.type(),
                MatchmakingEvents.MATCH_INTRODUCED.type(), MatchmakingEvents.MATCH_AGREED.type());
        mvc.perform(get("/api/matchmaking/funnel").with(token("CL", "org-cl-expert", "EXPERT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stages.AGREED").value(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void anOpenMatchExpiresAtItsDeadlineOnce() {
        Pair p = pair();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(p.matchId())),
                new Update().set("expiresAt", Instant.now().minusSeconds(1)), MatchStore.COLLECTION);

        assertThat(matchService.expireOverdue(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(matchService.expireOverdue(Instant.now())).isZero();

        assertThat(matches.find(p.matchId()).orElseThrow().stage()).isEqualTo(MatchStage.EXPIRED);
        var events = awaitRecords(bootstrap, MatchmakingEvents.MATCH_TOPIC, r -> r.key().equals(p.matchId()), 2);
        assertThat(type(events.get(1))).isEqualTo(MatchmakingEvents.MATCH_EXPIRED.type());
    }

    @Test
    void aDeclinedPairIsNeverSuggestedAgain() throws Exception {
        Pair p = pair();
        step(p.matchId(), "decline", token("CL", p.owner(), "SME"), "*").andExpect(status().isOk());

        EnterpriseProfile changed = profile("Andes Tea Importers SpA", List.of("4630"), List.of("843880", "843810"),
                List.of("0902", "090210"), List.of(CooperationType.DISTRIBUTION), List.of(CooperationType.SUPPLY),
                List.of("VN", "TH"));
        registry.send(registry.event(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.ENTERPRISE_PROFILE_UPDATED,
                p.importer(), "CL", 3, new EnterpriseProfileUpdated(p.importer(), "CL", changed, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> profiles.find(p.importer()).orElseThrow().sequence() == 3);

        Match match = matches.find(p.matchId()).orElseThrow();
        assertThat(match.stage()).isEqualTo(MatchStage.DECLINED);
        assertThat(match.version()).isEqualTo(2);
        mvc.perform(get("/api/matchmaking/enterprises/{id}/partners", p.importer()).with(token("CL", p.owner(), "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + p.grower() + "')]").isEmpty());
    }

    @Test
    void anSmeSeesOnlyItsOwnMatchesAndAFocalPointBrokersOnlyForItsEconomy() throws Exception {
        Pair p = pair();

        mvc.perform(get("/api/matchmaking/enterprises/{id}/partners", p.importer())
                .with(token("CL", "org-cl-someone-else", "SME"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/matchmaking/enterprises/{id}/partners", p.importer())
                .with(token("VN", "org-vn-sme", "SME"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/matchmaking/matches/{id}", p.matchId()).with(token("CL", "org-cl-someone-else", "SME")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/matchmaking/matches/{id}", p.matchId()).with(token("PE", FP_PE, "FOCAL_POINT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/matchmaking/matches").param("enterpriseId", p.importer()).with(token("CL", FP, "FOCAL_POINT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(p.matchId()));
        step(p.matchId(), "interest", token("CL", "org-cl-someone-else", "SME"), "*").andExpect(status().isNotFound());
        assertThat(matches.find(p.matchId()).orElseThrow().stage()).isEqualTo(MatchStage.SUGGESTED);
    }

    private org.springframework.test.web.servlet.ResultActions step(String matchId, String step,
            org.springframework.test.web.servlet.request.RequestPostProcessor who, String ifMatch) throws Exception {
        return mvc.perform(post("/api/matchmaking/matches/{id}/" + step, matchId).with(who).header("If-Match", ifMatch));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value());
    }

    @Test
    void keepsItsEnterpriseTopicsConsumerGroupOnTheKitsListener() {
        // the kit's HostedEnterprises took over from matchmaking's own listener: same group, so no offset is reset
        assertThat(listeners.getListenerContainer("matchmaking-profiles")).isNotNull();
        assertThat(listeners.getListenerContainer("matchmaking-profiles").getGroupId()).isEqualTo("matchmaking-profiles");
        assertThat(listeners.getListenerContainer("matchmaking-hosted-profiles")).isNull();
    }

    /**
     * What an operator's rebuild does (docs: reset the consumer groups to earliest, drop the read model):
     * every registry record from the start, through the same listener.
     */
    private void replayRegistryTopics() {
        Pattern publicTopics = Pattern.compile(ProfileListener.PUBLIC_TOPIC_PATTERN);
        try (KafkaConsumer<String, io.cloudevents.CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, io.cloudevents.kafka.CloudEventDeserializer.class))) {
            List<TopicPartition> partitions = consumer.listTopics().keySet().stream()
                    .filter(t -> t.equals(RegistryEvents.ENTERPRISE_TOPIC) || publicTopics.matcher(t).matches())
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(i -> new TopicPartition(t, i.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, io.cloudevents.CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        if (record.topic().equals(RegistryEvents.ENTERPRISE_TOPIC)) {
                            hostedEnterprises.on(record);
                        } else {
                            listener.onPublic(record);
                        }
                    } catch (RuntimeException rejected) {
                        // a record the live listener sent to its dead-letter topic is skipped here too
                    }
                }
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
        }
    }
}

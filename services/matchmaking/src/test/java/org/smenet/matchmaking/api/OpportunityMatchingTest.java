package org.smenet.matchmaking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.matchmaking.MatchmakingTestSupport.profile;
import static org.smenet.matchmaking.MatchmakingTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchReason;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.matchmaking.OpportunitySuggested;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.MatchmakingTestSupport.Registry;
import org.smenet.matchmaking.app.OpportunitySuggestions;
import org.smenet.matchmaking.store.OpportunityStore;
import org.smenet.matchmaking.store.ProfileStore;
import org.smenet.testsupport.PeerRecords;
import org.smenet.testsupport.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The best enterprises for a published opportunity: opportunities arrive on the public opportunity topics
 * (this node's own, and a peer's mirrored), enterprises are ranked for them by the same index and scorer,
 * with the same reasons, filters and paging as partners; brokers of the opportunity's economy see every
 * economy's enterprises, brokers of another hosted economy their own only. A listed or changed opportunity
 * publishes its new suggestions once, and nothing for an edit that leaves its top unchanged.
 */
@MatchmakingIntegration
class OpportunityMatchingTest {

    static final String FP = "org-cl-fp-opportunities";
    static final String FP_PE = "org-pe-fp-opportunities";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    OpportunityStore opportunities;
    @Autowired
    ProfileStore profiles;
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

    static EnterpriseProfile grower(String name) {
        return profile(name, List.of("0127"), List.of("090240"), List.of("8438"), List.of(CooperationType.SUPPLY),
                List.of(CooperationType.DISTRIBUTION), List.of("CL"));
    }

    @Test
    void enterprisesOfEveryEconomyAreRankedForAnOpportunityWithReasons() throws Exception {
        String vn = unique("vn-grower");
        String pe = unique("pe-grower");
        registry.send(registry.peerPublished(vn, "VN", 1, grower("Thai Nguyen Tea Cooperative")));
        registry.registeredAndVerified(pe, "PE", unique("org-pe"), grower("Cusco Green Tea S.A.C."));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> profiles.find(vn).isPresent() && profiles.find(pe).map(p -> p.sequence() == 2).orElse(false));

        String opportunity = unique("opp-cl");
        var listed = envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, "CL", 1,
                new PublicOpportunity(opportunity, "CL", OpportunityKind.BUY_REQUEST, details("0902"),
                        PublisherKind.ENTERPRISE, Instant.now()));
        registry.send(listed.toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
        registry.send(listed.toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> opportunities.find(opportunity).isPresent());

        String path = "/api/matchmaking/opportunities/{id}/enterprises";
        mvc.perform(get(path, opportunity).with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].enterpriseId", Matchers.hasItems(vn, pe)))
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + vn + "')].legalName")
                        .value("Thai Nguyen Tea Cooperative"))
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + vn + "')].reasons[*].text",
                        Matchers.hasItem("you seek 0902 and they offer 090240 (+7.0)")));
        mvc.perform(get(path, opportunity).param("economy", "VN").param("size", "1")
                        .with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].economy", Matchers.everyItem(Matchers.is("VN"))))
                .andExpect(jsonPath("$.size").value(1));
        // Peru's broker sees which Peruvian firms fit Chile's request, and only those
        mvc.perform(get(path, opportunity).with(token("PE", FP_PE, "FOCAL_POINT"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].enterpriseId", Matchers.hasItem(pe)))
                .andExpect(jsonPath("$.items[*].economy", Matchers.everyItem(Matchers.is("PE"))));
        mvc.perform(get(path, opportunity).param("economy", "VN").with(token("PE", FP_PE, "FOCAL_POINT")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path, opportunity).with(token("CL", "org-cl-sme", "SME"))).andExpect(status().isForbidden());
        assertThat(opportunities.find(opportunity).orElseThrow().sequence()).isEqualTo(1);

        // delisted: nothing to rank for any more
        registry.send(envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED, opportunity, "CL", 2,
                new PublicOpportunityWithdrawn(opportunity, "CL", OpportunityStatus.values()[0], Instant.now()))
                .toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> opportunities.find(opportunity).orElseThrow().sequence() == 2);
        mvc.perform(get(path, opportunity).with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aPeersOpportunityReachesThisNodesBrokersForTheirOwnFirms() throws Exception {
        String importer = unique("cl-importer");
        registry.registeredAndVerified(importer, "CL", unique("org-cl"), profile("Andes Tea Importers SpA",
                List.of("4630"), List.of("843880"), List.of("0902"), List.of(CooperationType.DISTRIBUTION),
                List.of(CooperationType.SUPPLY), List.of("VN")));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> profiles.find(importer).map(p -> p.sequence() == 2).orElse(false));

        String opportunity = unique("opp-vn");
        PeerRecords.send(bootstrap, "VN", envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, "VN", 1,
                new PublicOpportunity(opportunity, "VN", OpportunityKind.SELL_OFFER, details("090240"),
                        PublisherKind.FOCAL_POINT, Instant.now())), OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> opportunities.find(opportunity).isPresent());

        mvc.perform(get("/api/matchmaking/opportunities/{id}/enterprises", opportunity)
                        .with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].enterpriseId", Matchers.hasItem(importer)))
                .andExpect(jsonPath("$.items[*].economy", Matchers.everyItem(Matchers.is("CL"))))
                .andExpect(jsonPath("$.items[?(@.enterpriseId == '" + importer + "')].reasons[*].text",
                        Matchers.hasItem("they seek 0902 and you offer 090240 (+7.0)")));
    }

    @Test
    void aListedOpportunityPublishesItsSuggestionsOnceAndASmallEditNone() throws Exception {
        // codes no other test uses, so that the opportunity's top is exactly these firms
        String cl = unique("cl-ginseng");
        String vn = unique("vn-ginseng");
        String later = unique("cl-gum");
        registry.registeredAndVerified(cl, "CL", unique("org-cl"), profile("Araucania Roots SpA", List.of("0128"),
                List.of("121120"), List.of(), List.of(CooperationType.SUPPLY), List.of(), List.of("CL")));
        registry.send(registry.peerPublished(vn, "VN", 1, profile("Lao Cai Ginseng JSC", List.of("0128"),
                List.of("121120"), List.of(), List.of(CooperationType.SUPPLY), List.of(), List.of("CL"))));
        registry.registeredAndVerified(later, "CL", unique("org-cl"), profile("Biobio Gums SpA", List.of("2029"),
                List.of("130219"), List.of(), List.of(CooperationType.SUPPLY), List.of(), List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> profiles.find(vn).isPresent()
                && profiles.find(cl).map(p -> p.sequence() == 2).orElse(false)
                && profiles.find(later).map(p -> p.sequence() == 2).orElse(false));

        String opportunity = unique("opp-cl-ginseng");
        var listed = envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, "CL", 1,
                new PublicOpportunity(opportunity, "CL", OpportunityKind.BUY_REQUEST, details("121120"),
                        PublisherKind.ENTERPRISE, Instant.now()));
        registry.send(listed.toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
        registry.send(listed.toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC)); // redelivered

        var first = MatchmakingTestSupport.awaitRecords(bootstrap, MatchmakingEvents.MATCH_TOPIC,
                r -> new String(r.value()).contains(opportunity), 2);
        assertThat(first).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsOnly(MatchmakingEvents.OPPORTUNITY_SUGGESTED.type());
        OpportunitySuggested toVn = suggestion(first, vn);
        assertThat(toVn.suggestionId()).isEqualTo(OpportunitySuggestions.idOf(opportunity, vn));
        assertThat(toVn.economy()).isEqualTo("CL");
        assertThat(toVn.opportunityEconomy()).isEqualTo("CL");
        assertThat(toVn.enterpriseEconomy()).isEqualTo("VN");
        assertThat(toVn.opportunityKind()).isEqualTo("BUY_REQUEST");
        assertThat(toVn.reasons()).extracting(MatchReason::kind, MatchReason::yours, MatchReason::theirs)
                .contains(org.assertj.core.groups.Tuple.tuple("HS_SUBHEADING", "121120", "121120"),
                        org.assertj.core.groups.Tuple.tuple("COOPERATION", "SUPPLY", "SUPPLY"));
        assertThat(suggestion(first, cl).score()).isGreaterThanOrEqualTo(20);

        // a small edit (the title) that leaves the top as it was: applied, nothing published
        registry.send(envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, "CL", 2,
                new PublicOpportunity(opportunity, "CL", OpportunityKind.BUY_REQUEST, details("121120", "Ginseng, 5 t"),
                        PublisherKind.ENTERPRISE, Instant.now())).toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
        // a real change: it now also seeks gum, which one more firm offers; only that firm is new
        registry.send(envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, opportunity, "CL", 3,
                new PublicOpportunity(opportunity, "CL", OpportunityKind.BUY_REQUEST,
                        details(List.of("121120", "130219"), "Ginseng and gum"), PublisherKind.ENTERPRISE,
                        Instant.now())).toProducerRecord(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            org.bson.Document doc = mongo.getCollection("opportunities").find(new org.bson.Document("_id", opportunity))
                    .first();
            return doc != null && ((Number) doc.get("sequence")).longValue() == 3
                    && ((List<?>) doc.get("outbox", List.class)).isEmpty(); // every event it caused is on the topic
        });
        assertThat(opportunities.find(opportunity).orElseThrow().title()).isEqualTo("Ginseng and gum");

        var all = everything(MatchmakingEvents.MATCH_TOPIC, r -> new String(r.value()).contains(opportunity));
        assertThat(all).extracting(r -> TopicRecords.header(r, "ce_subject") + "@" + TopicRecords.header(r, "ce_sequence"))
                .containsExactlyInAnyOrder(OpportunitySuggestions.idOf(opportunity, cl) + "@1",
                        OpportunitySuggestions.idOf(opportunity, vn) + "@1",
                        OpportunitySuggestions.idOf(opportunity, later) + "@3");
        assertThat(suggestion(all, later).reasons()).extracting(MatchReason::yours).contains("130219");
    }

    private OpportunitySuggested suggestion(List<ConsumerRecord<String, byte[]>> records, String enterprise) {
        return records.stream().map(r -> json.readValue(r.value(), OpportunitySuggested.class))
                .filter(s -> s.enterpriseId().equals(enterprise)).findFirst().orElseThrow();
    }

    /** Every record of the topic up to its end now that match. */
    private List<ConsumerRecord<String, byte[]>> everything(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        return TopicRecords.everything(bootstrap, topic, match);
    }

    private static OpportunityDetails details(String hs, String title) {
        return details(List.of(hs), title);
    }

    private static OpportunityDetails details(List<String> hs, String title) {
        return new OpportunityDetails(title, "Sencha grade, ISO 3720", hs, List.of(),
                List.of(), null, null, null, null, null, List.of("en"), true);
    }

    private static OpportunityDetails details(String hs) {
        return new OpportunityDetails("Green tea, 20 t a quarter", "Sencha grade, ISO 3720", List.of(hs), List.of(),
                List.of(), null, null, null, null, null, List.of("en"), true);
    }

    private <T> EventEnvelope envelope(EventType<T> type, String subject, String economy, long sequence, T data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "opportunities"),
                type.type(), subject, Instant.now(), type.dataschema(), economy, sequence, json.writeValueAsBytes(data));
    }
}

package org.smenet.opportunities.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
import static org.smenet.opportunities.OpportunitiesTestSupport.header;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.opportunities.InterestRequestAnswered;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.contracts.opportunities.InterestRequested;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.smenet.opportunities.app.CrossBorderInterests;
import org.smenet.opportunities.store.InterestStore;
import org.smenet.opportunities.store.NetworkOpportunities;
import org.smenet.testsupport.PeerRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cross-border interest through events only, with the peer simulated by {@link PeerRecords}. This node hosts CL
 * and PE; VN is a peer. As the opportunity's node: a VN request becomes an interest the CL publisher sees, once
 * however often it is replayed, and is answered; a request for an unknown or closed opportunity is answered
 * rejected; a record whose economy is not the topic's peer's is dead-lettered. As the SME's node: a PE SME's
 * interest in a VN opportunity leaves as a public request without its contact and follows VN's answers.
 */
@OpportunitiesIntegration
class CrossBorderInterestTest {

    static final Duration PATTERN_PICKUP = Duration.ofSeconds(60);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    NetworkOpportunities network;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
    }

    <T> EventEnvelope envelope(EventType<T> type, String subject, String economy, long sequence, T data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "opportunities"),
                type.type(), subject, Instant.now(), type.dataschema(), economy, sequence, json.writeValueAsBytes(data));
    }

    EventEnvelope request(String requestId, String opportunityId, String vnOrg) {
        return envelope(OpportunitiesEvents.INTEREST_REQUEST_SENT, requestId, "VN", 1, new InterestRequested(requestId,
                "VN", "CL", opportunityId, vnOrg, "We roast 40 t a quarter in Buon Ma Thuot.", Instant.now()));
    }

    List<InterestRequestAnswered> answers(String requestId, int wanted) {
        return OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_ANSWER_TOPIC,
                r -> requestId.equals(r.key()), wanted).stream()
                .map(r -> json.readValue(r.value(), InterestRequestAnswered.class)).toList();
    }

    @Test
    void aPeersRequestBecomesAnInterestThePublisherSeesAppliedOnceHoweverOftenReplayed() throws Exception {
        String publisher = unique("org-cl-sme");
        String opportunityId = OpportunitiesTestSupport.published(context, publisher, "BUY_REQUEST",
                unique("Green coffee"), "090111", true);
        String requestId = UUID.randomUUID().toString();
        String vnOrg = unique("org-vn-sme");
        EventEnvelope request = request(requestId, opportunityId, vnOrg);

        PeerRecords.send(bootstrap, "VN", request, OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "VN", request, OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        // the same request republished by VN's relay after a crash: another event id, the same request
        PeerRecords.send(bootstrap, "VN", request(requestId, opportunityId, vnOrg),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        // and, behind them on the same partition, a record claiming Thailand on VN's topic
        PeerRecords.send(bootstrap, "VN", claiming("TH", request(requestId, opportunityId, vnOrg)),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);

        String mirrored = "VN." + OpportunitiesEvents.INTEREST_REQUEST_TOPIC;
        var deadLetters = OpportunitiesTestSupport.awaitRecords(bootstrap, mirrored + ".DLT",
                r -> requestId.equals(r.key()), 1);
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message")).contains("economy-not-of-peer");

        // the records before the forged one are processed: one interest, whatever the replays
        String interestId = CrossBorderInterests.receivedId("VN", requestId);
        assertThat(mongo.count(Query.query(Criteria.where("requestId").is(requestId)), InterestStore.COLLECTION))
                .isEqualTo(1);
        mvc.perform(get("/api/opportunities/opportunities/{id}/interests", opportunityId)
                        .with(token("CL", publisher, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(interestId))
                .andExpect(jsonPath("$.items[0].interestedEconomy").value("VN"))
                .andExpect(jsonPath("$.items[0].interestedOrg").value(vnOrg))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].interestedContact").doesNotExist());

        InterestRequestAnswered opened = answers(requestId, 1).get(0);
        assertThat(opened.status()).isEqualTo(InterestRequestStatus.OPEN);
        assertThat(opened.interestId()).isEqualTo(interestId);
        assertThat(opened.requestEconomy()).isEqualTo("VN");
        assertThat(opened.economy()).isEqualTo("CL");

        // the brokering goes on on CL's side, and each step is answered to VN; no contact ever travels
        String coop = designated(context, "CL", unique("org-cl-fp-coop"), FocalPointFunction.ENTERPRISE_COOPERATION);
        mvc.perform(post("/api/opportunities/interests/{id}/introduction", interestId)
                .with(token("CL", coop, "FOCAL_POINT"))).andExpect(status().isOk());
        mvc.perform(post("/api/opportunities/interests/{id}/acceptance", interestId)
                .with(token("CL", publisher, "SME"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.publisherContact").doesNotExist());
        var records = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_ANSWER_TOPIC,
                r -> requestId.equals(r.key()), 3);
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.INTEREST_ANSWER_OPENED.type(), OpportunitiesEvents.INTEREST_ANSWER_INTRODUCED.type(),
                OpportunitiesEvents.INTEREST_ANSWER_ACCEPTED.type());
        assertThat(records).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3");
        InterestRequestAnswered accepted = json.readValue(records.get(2).value(), InterestRequestAnswered.class);
        assertThat(accepted.publisherOrg()).isEqualTo(publisher);
        assertThat(accepted.introducedBy()).isEqualTo(coop);
        assertThat(records).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                .doesNotContain("ana@x.example").doesNotContain("@"));
    }

    @Test
    void aRequestForAnUnknownOrClosedOpportunityIsAnsweredRejected() throws Exception {
        String publisher = unique("org-cl-sme");
        String closed = OpportunitiesTestSupport.published(context, publisher, "SELL_OFFER", unique("Walnuts"),
                "080232", true);
        mvc.perform(post("/api/opportunities/opportunities/{id}/closure", closed).with(token("CL", publisher, "SME")))
                .andExpect(status().isOk());
        String economyOnly = OpportunitiesTestSupport.published(context, publisher, "SELL_OFFER", unique("Cherries"),
                "080929", false);
        String forUnknown = UUID.randomUUID().toString();
        String forClosed = UUID.randomUUID().toString();
        String forEconomyOnly = UUID.randomUUID().toString();

        PeerRecords.send(bootstrap, "VN", request(forUnknown, "no-such-opportunity", "org-vn-a"),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "VN", request(forClosed, closed, "org-vn-b"),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "VN", request(forEconomyOnly, economyOnly, "org-vn-c"),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);

        assertThat(answers(forUnknown, 1).get(0)).satisfies(a -> {
            assertThat(a.status()).isEqualTo(InterestRequestStatus.REJECTED);
            assertThat(a.reason()).isEqualTo("unknown-opportunity");
            assertThat(a.interestId()).isNull();
        });
        assertThat(answers(forClosed, 1).get(0).reason()).isEqualTo("opportunity-not-open");
        assertThat(answers(forEconomyOnly, 1).get(0).reason()).isEqualTo("unknown-opportunity");
        mvc.perform(get("/api/opportunities/opportunities/{id}/interests", closed).with(token("CL", publisher, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void anSmesInterestAbroadLeavesAsAPublicRequestAndFollowsThePeersAnswers() throws Exception {
        String vnOpportunity = UUID.randomUUID().toString();
        var details = new OpportunityDetails("Robusta for blending, 20 t", "Grade 1 robusta, screen 18.",
                List.of("090111"), List.of("1079"), List.of("PE"), CooperationType.SUPPLY, null, null, null,
                Instant.now().plus(Duration.ofDays(60)), List.of("en"), true);
        PeerRecords.send(bootstrap, "VN", envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, vnOpportunity, "VN",
                3, new PublicOpportunity(vnOpportunity, "VN", OpportunityKind.SELL_OFFER, details,
                        PublisherKind.ENTERPRISE, Instant.now())), OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC);
        Awaitility.await().atMost(PATTERN_PICKUP).until(() -> network.find(vnOpportunity).isPresent());
        mvc.perform(get("/api/opportunities/network-opportunities/{id}", vnOpportunity)
                        .with(token("PE", "org-pe-any", "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.economy").value("VN"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        String peSme = unique("org-pe-sme");
        String body = mvc.perform(post("/api/opportunities/opportunities/{id}/interests", vnOpportunity)
                        .with(token("PE", peSme, "SME")).contentType(MediaType.APPLICATION_JSON).content("""
                                {"message":"We blend for Lima cafes.",
                                 "contact":{"name":"Rosa Quispe","email":"rosa@cafe.pe.example"}}"""))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.targetEconomy").value("VN"))
                .andExpect(jsonPath("$.contact.email").value("rosa@cafe.pe.example"))
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(body, "$.id");

        var sent = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_REQUEST_TOPIC,
                r -> requestId.equals(r.key()), 1).get(0);
        assertThat(header(sent, "ce_economy")).isEqualTo("PE");
        assertThat(new String(sent.value(), StandardCharsets.UTF_8)).doesNotContain("rosa@").doesNotContain("Quispe");
        InterestRequested requested = json.readValue(sent.value(), InterestRequested.class);
        assertThat(requested.targetEconomy()).isEqualTo("VN");
        assertThat(requested.opportunityId()).isEqualTo(vnOpportunity);

        String vnInterest = UUID.randomUUID().toString();
        PeerRecords.send(bootstrap, "VN", answer(requestId, vnOpportunity, vnInterest, InterestRequestStatus.OPEN, 1,
                null, null), OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        PeerRecords.send(bootstrap, "VN", answer(requestId, vnOpportunity, vnInterest,
                InterestRequestStatus.INTRODUCED, 2, null, "org-vn-fp"), OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        PeerRecords.send(bootstrap, "VN", answer(requestId, vnOpportunity, vnInterest, InterestRequestStatus.ACCEPTED,
                3, "org-vn-roaster", "org-vn-fp"), OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        // a late duplicate of the first answer, then a record claiming Thailand on VN's topic behind it
        PeerRecords.send(bootstrap, "VN", answer(requestId, vnOpportunity, vnInterest, InterestRequestStatus.OPEN, 1,
                null, null), OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        PeerRecords.send(bootstrap, "VN", claiming("TH", answer(requestId, vnOpportunity, vnInterest,
                InterestRequestStatus.DECLINED, 8, null, null)), OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        // Thailand answering a request that was not addressed to it, then a forged record behind it
        var th = envelope(OpportunitiesEvents.INTEREST_ANSWER_DECLINED, requestId, "TH", 9,
                new InterestRequestAnswered(requestId, "PE", "TH", vnOpportunity, null, InterestRequestStatus.DECLINED,
                        null, null, null, Instant.now()));
        PeerRecords.send(bootstrap, "TH", th, OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        PeerRecords.send(bootstrap, "TH", claiming("VN", th), OpportunitiesEvents.INTEREST_ANSWER_TOPIC);

        for (String peer : List.of("VN", "TH")) {
            var rejected = OpportunitiesTestSupport.awaitRecords(bootstrap,
                    peer + "." + OpportunitiesEvents.INTEREST_ANSWER_TOPIC + ".DLT", r -> requestId.equals(r.key()), 1);
            assertThat(header(rejected.get(0), "kafka_dlt-exception-message")).contains("economy-not-of-peer");
        }
        mvc.perform(get("/api/opportunities/interests-abroad/{id}", requestId).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.interestId").value(vnInterest))
                .andExpect(jsonPath("$.publisherOrg").value("org-vn-roaster"))
                .andExpect(jsonPath("$.introducedBy").value("org-vn-fp"));
        mvc.perform(get("/api/opportunities/interests-abroad/{id}", requestId).with(token("PE", "org-pe-other", "SME")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/opportunities/interests-abroad").with(token("PE", peSme, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void badInterestsAbroadAreRefusedAndNothingIsSent() throws Exception {
        String listed = UUID.randomUUID().toString();
        String delisted = UUID.randomUUID().toString();
        var details = new OpportunityDetails("Cashew kernels W320", "Ten containers.", List.of("080132"), List.of(),
                List.of(), null, null, null, null, Instant.now().plus(Duration.ofDays(30)), List.of("en"), true);
        for (String id : List.of(listed, delisted)) {
            PeerRecords.send(bootstrap, "VN", envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, id, "VN", 3,
                    new PublicOpportunity(id, "VN", OpportunityKind.SELL_OFFER, details, PublisherKind.ENTERPRISE,
                            Instant.now())), OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC);
        }
        PeerRecords.send(bootstrap, "VN", envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED, delisted, "VN", 4,
                new org.smenet.contracts.opportunities.PublicOpportunityWithdrawn(delisted, "VN",
                        org.smenet.contracts.opportunities.OpportunityStatus.CLOSED, Instant.now())),
                OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC);
        Awaitility.await().atMost(PATTERN_PICKUP).until(() -> network.find(listed).isPresent()
                && network.find(delisted).map(e -> !e.listed()).orElse(false));
        long before = mongo.count(new Query(), "cross_border_interests");
        String body = "{\"message\":\"We buy cashews\"}";

        mvc.perform(post("/api/opportunities/opportunities/{id}/interests", delisted).with(token("PE", "org-pe-1", "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("not-published"));
        mvc.perform(post("/api/opportunities/opportunities/{id}/interests", listed).with(token("PE", "org-pe-1", "SME"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"message\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("message"));
        mvc.perform(post("/api/opportunities/opportunities/{id}/interests", listed)
                .with(token("PE", "org-pe-fp", "FOCAL_POINT")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        // Viet Nam's own SMEs express interest on Viet Nam's node, not here
        mvc.perform(post("/api/opportunities/opportunities/{id}/interests", listed).with(token("VN", "org-vn-1", "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value(
                        org.hamcrest.Matchers.endsWith("economy-not-hosted")));
        mvc.perform(get("/api/opportunities/network-opportunities/{id}", "no-such-one").with(token("PE", "org-pe-1", "SME")))
                .andExpect(status().isNotFound());
        assertThat(mongo.count(new Query(), "cross_border_interests")).isEqualTo(before);
    }

    /** The same record, but claiming to be of {@code economy} (a forgery, or a mis-routed record). */
    static EventEnvelope claiming(String economy, EventEnvelope e) {
        return new EventEnvelope(e.id(), EventEnvelope.sourceOf(economy, "opportunities"), e.type(), e.subject(),
                e.time(), e.dataschema(), economy, e.sequence(), e.data());
    }

    EventEnvelope answer(String requestId, String opportunityId, String interestId, InterestRequestStatus status,
            long sequence, String publisherOrg, String introducedBy) {
        var type = switch (status) {
            case OPEN -> OpportunitiesEvents.INTEREST_ANSWER_OPENED;
            case INTRODUCED -> OpportunitiesEvents.INTEREST_ANSWER_INTRODUCED;
            case ACCEPTED -> OpportunitiesEvents.INTEREST_ANSWER_ACCEPTED;
            case DECLINED -> OpportunitiesEvents.INTEREST_ANSWER_DECLINED;
            default -> OpportunitiesEvents.INTEREST_ANSWER_REJECTED;
        };
        return envelope(type, requestId, "VN", sequence, new InterestRequestAnswered(requestId, "PE", "VN",
                opportunityId, interestId, status, null, publisherOrg, introducedBy, Instant.now()));
    }
}

package org.smenet.opportunities.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.header;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.opportunities.InterestRequestAnswered;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.contracts.opportunities.InterestRequestWithdrawn;
import org.smenet.contracts.opportunities.InterestRequested;
import org.smenet.contracts.opportunities.InterestStatus;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.smenet.opportunities.TestClock;
import org.smenet.opportunities.app.CrossBorderInterests;
import org.smenet.opportunities.app.ExpiryJob;
import org.smenet.opportunities.domain.ReceivedInterestRequest;
import org.smenet.opportunities.store.InterestStore;
import org.smenet.opportunities.store.NetworkOpportunities;
import org.smenet.opportunities.store.ReceivedInterestRequests;
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
 * The end of a cross-border interest request, with the peer simulated by {@link PeerRecords}. This node hosts
 * CL and PE; VN is a peer. As the SME's node: a PE SME withdraws its request to VN (published under the request's
 * key), and a request VN never answers expires after {@code interest-request-ttl}; late answers change neither.
 * As the opportunity's node: VN's withdrawal ends the interest its request became (answered {@code expired}),
 * once however often replayed; a withdrawal met before its request refuses the request; forged records are
 * dead-lettered.
 */
@OpportunitiesIntegration
class CrossBorderWithdrawalTest {

    static final Duration PATTERN_PICKUP = Duration.ofSeconds(60);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    NetworkOpportunities network;
    @Autowired
    CrossBorderInterests crossBorder;
    @Autowired
    ReceivedInterestRequests received;
    @Autowired
    InterestStore interests;
    @Autowired
    ExpiryJob expiry;
    @Autowired
    TestClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> EventEnvelope envelope(EventType<T> type, String subject, String economy, long sequence, T data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "opportunities"),
                type.type(), subject, Instant.now(), type.dataschema(), economy, sequence, json.writeValueAsBytes(data));
    }

    /** A VN opportunity this node knows from VN's public topic. */
    String vnOpportunity() {
        String id = UUID.randomUUID().toString();
        var details = new OpportunityDetails("Pepper, 12 t", "Black pepper 550 g/l.", List.of("090411"),
                List.of("1079"), List.of("PE"), CooperationType.SUPPLY, null, null, null,
                Instant.now().plus(Duration.ofDays(60)), List.of("en"), true);
        PeerRecords.send(bootstrap, "VN", envelope(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, id, "VN", 3,
                new PublicOpportunity(id, "VN", OpportunityKind.SELL_OFFER, details, PublisherKind.ENTERPRISE,
                        Instant.now())), OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC);
        Awaitility.await().atMost(PATTERN_PICKUP).until(() -> network.find(id).isPresent());
        return id;
    }

    String interestAbroad(String peSme, String opportunityId) throws Exception {
        String body = mvc.perform(post("/api/opportunities/opportunities/{id}/interests", opportunityId)
                        .with(token("PE", peSme, "SME")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\":\"We grind pepper in Arequipa.\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    EventEnvelope answer(String requestId, String opportunityId, InterestRequestStatus status, long sequence) {
        var type = status == InterestRequestStatus.OPEN ? OpportunitiesEvents.INTEREST_ANSWER_OPENED
                : OpportunitiesEvents.INTEREST_ANSWER_INTRODUCED;
        return envelope(type, requestId, "VN", sequence, new InterestRequestAnswered(requestId, "PE", "VN",
                opportunityId, "vn-interest-" + requestId, status, null, null, null, Instant.now()));
    }

    @Test
    void anSmeWithdrawsItsRequestAbroadWhichIsPublishedToThePeerAndLateAnswersChangeNothing() throws Exception {
        String opportunity = vnOpportunity();
        String peSme = unique("org-pe-sme");
        String requestId = interestAbroad(peSme, opportunity);
        PeerRecords.send(bootstrap, "VN", answer(requestId, opportunity, InterestRequestStatus.OPEN, 1),
                OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        Awaitility.await().atMost(PATTERN_PICKUP).untilAsserted(() -> mvc.perform(
                        get("/api/opportunities/interests-abroad/{id}", requestId).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("OPEN")));

        // only the SME itself: another SME does not see it, its economy's focal point sees it but may not
        mvc.perform(post("/api/opportunities/interests-abroad/{id}/withdrawal", requestId)
                .with(token("PE", unique("org-pe-other"), "SME"))).andExpect(status().isNotFound());
        OpportunitiesTestSupport.designated(context, "PE", "org-pe-fp-withdrawal");
        mvc.perform(post("/api/opportunities/interests-abroad/{id}/withdrawal", requestId)
                .with(token("PE", "org-pe-fp-withdrawal", "FOCAL_POINT"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/opportunities/interests-abroad/{id}/withdrawal", requestId)
                        .with(token("PE", peSme, "SME")).header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.field").value("If-Match"));

        mvc.perform(post("/api/opportunities/interests-abroad/{id}/withdrawal", requestId)
                        .with(token("PE", peSme, "SME")).header("If-Match", "\"2\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.endedAt").exists());
        mvc.perform(post("/api/opportunities/interests-abroad/{id}/withdrawal", requestId)
                        .with(token("PE", peSme, "SME")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("status"));

        var published = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_REQUEST_TOPIC,
                r -> requestId.equals(r.key()), 2);
        assertThat(published).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.INTEREST_REQUEST_SENT.type(), OpportunitiesEvents.INTEREST_REQUEST_WITHDRAWN.type());
        assertThat(header(published.get(1), "ce_economy")).isEqualTo("PE");
        InterestRequestWithdrawn withdrawn = json.readValue(published.get(1).value(), InterestRequestWithdrawn.class);
        assertThat(withdrawn.targetEconomy()).isEqualTo("VN");
        assertThat(withdrawn.opportunityId()).isEqualTo(opportunity);
        assertThat(withdrawn.interestedOrg()).isEqualTo(peSme);

        // VN's introduction crossed the withdrawal: it changes nothing here; a forged record behind it proves
        // that it was read
        PeerRecords.send(bootstrap, "VN", answer(requestId, opportunity, InterestRequestStatus.INTRODUCED, 2),
                OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        PeerRecords.send(bootstrap, "VN", CrossBorderInterestTest.claiming("TH",
                answer(requestId, opportunity, InterestRequestStatus.INTRODUCED, 3)),
                OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        OpportunitiesTestSupport.awaitRecords(bootstrap, "VN." + OpportunitiesEvents.INTEREST_ANSWER_TOPIC + ".DLT",
                r -> requestId.equals(r.key()), 1);
        mvc.perform(get("/api/opportunities/interests-abroad/{id}", requestId).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("WITHDRAWN")).andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void aRequestThePeerNeverAnswersExpiresHereAfterItsTimeToLiveAndThePeerIsTold() throws Exception {
        String opportunity = vnOpportunity();
        String peSme = unique("org-pe-sme");
        String unanswered = interestAbroad(peSme, opportunity);
        String answered = interestAbroad(peSme, opportunity);
        PeerRecords.send(bootstrap, "VN", answer(answered, opportunity, InterestRequestStatus.OPEN, 1),
                OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
        Awaitility.await().atMost(PATTERN_PICKUP).untilAsserted(() -> mvc.perform(
                        get("/api/opportunities/interests-abroad/{id}", answered).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("OPEN")));

        expiry.expireDue();
        mvc.perform(get("/api/opportunities/interests-abroad/{id}", unanswered).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("REQUESTED"));

        clock.advance(Duration.ofDays(15)); // past the 14-day interest-request-ttl
        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(crossBorder.unanswered(10)).as("a second pass finds none left").isEmpty();

        mvc.perform(get("/api/opportunities/interests-abroad/{id}", unanswered).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("EXPIRED")).andExpect(jsonPath("$.reason").value("unanswered"));
        // an opened one is VN's to expire (its interest has its own time to live)
        mvc.perform(get("/api/opportunities/interests-abroad/{id}", answered).with(token("PE", peSme, "SME")))
                .andExpect(jsonPath("$.status").value("OPEN"));
        var published = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_REQUEST_TOPIC,
                r -> unanswered.equals(r.key()), 2);
        assertThat(published).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.INTEREST_REQUEST_SENT.type(), OpportunitiesEvents.INTEREST_REQUEST_EXPIRED.type());
        mvc.perform(post("/api/opportunities/interests-abroad/{id}/withdrawal", unanswered)
                .with(token("PE", peSme, "SME"))).andExpect(status().isConflict());
    }

    EventEnvelope vnRequest(String requestId, String opportunityId, String vnOrg) {
        return envelope(OpportunitiesEvents.INTEREST_REQUEST_SENT, requestId, "VN", 1, new InterestRequested(requestId,
                "VN", "CL", opportunityId, vnOrg, "We roast in Da Lat.", Instant.now()));
    }

    EventEnvelope vnWithdrawal(String requestId, String opportunityId, String vnOrg, boolean expired) {
        return envelope(expired ? OpportunitiesEvents.INTEREST_REQUEST_EXPIRED
                : OpportunitiesEvents.INTEREST_REQUEST_WITHDRAWN, requestId, "VN", 2,
                new InterestRequestWithdrawn(requestId, "VN", "CL", opportunityId, vnOrg, Instant.now()));
    }

    @Test
    void aPeersWithdrawalEndsTheInterestItsRequestBecameOnceHoweverOftenReplayed() throws Exception {
        String publisher = unique("org-cl-sme");
        String opportunityId = OpportunitiesTestSupport.published(context, publisher, "BUY_REQUEST",
                unique("Pepper"), "090411", true);
        String requestId = UUID.randomUUID().toString();
        String vnOrg = unique("org-vn-sme");
        String interestId = CrossBorderInterests.receivedId("VN", requestId);

        PeerRecords.send(bootstrap, "VN", vnRequest(requestId, opportunityId, vnOrg),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        EventEnvelope withdrawal = vnWithdrawal(requestId, opportunityId, vnOrg, false);
        PeerRecords.send(bootstrap, "VN", withdrawal, OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "VN", withdrawal, OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "VN", vnWithdrawal(requestId, opportunityId, vnOrg, true),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        // a withdrawal claiming Thailand on VN's topic, behind them on the same partition
        PeerRecords.send(bootstrap, "VN", CrossBorderInterestTest.claiming("TH", withdrawal),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        var deadLetters = OpportunitiesTestSupport.awaitRecords(bootstrap,
                "VN." + OpportunitiesEvents.INTEREST_REQUEST_TOPIC + ".DLT", r -> requestId.equals(r.key()), 1);
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message")).contains("economy-not-of-peer");

        var interest = interests.find(interestId).orElseThrow();
        assertThat(interest.status()).isEqualTo(InterestStatus.EXPIRED);
        assertThat(interest.version()).as("opened, then ended once").isEqualTo(2);
        mvc.perform(post("/api/opportunities/interests/{id}/acceptance", interestId)
                .with(token("CL", publisher, "SME"))).andExpect(status().isConflict());
        var answers = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_ANSWER_TOPIC,
                r -> requestId.equals(r.key()), 2);
        assertThat(answers).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.INTEREST_ANSWER_OPENED.type(), OpportunitiesEvents.INTEREST_ANSWER_EXPIRED.type());
        var interestEvents = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_TOPIC,
                r -> interestId.equals(r.key()), 2);
        assertThat(interestEvents).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.INTEREST_EXPRESSED.type(), OpportunitiesEvents.INTEREST_EXPIRED.type());
    }

    @Test
    void aWithdrawalMetBeforeItsRequestRefusesTheRequest() throws Exception {
        String publisher = unique("org-cl-sme");
        String opportunityId = OpportunitiesTestSupport.published(context, publisher, "BUY_REQUEST",
                unique("Cinnamon"), "090611", true);
        String requestId = UUID.randomUUID().toString();
        String vnOrg = unique("org-vn-sme");
        // compaction kept only the withdrawal, or a replay reordered them: the request comes after it
        PeerRecords.send(bootstrap, "VN", vnWithdrawal(requestId, opportunityId, vnOrg, false),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        EventEnvelope request = vnRequest(requestId, opportunityId, vnOrg);
        PeerRecords.send(bootstrap, "VN", request, OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "VN", CrossBorderInterestTest.claiming("TH", request),
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        OpportunitiesTestSupport.awaitRecords(bootstrap, "VN." + OpportunitiesEvents.INTEREST_REQUEST_TOPIC + ".DLT",
                r -> requestId.equals(r.key()), 1);

        var decision = received.find(CrossBorderInterests.receivedId("VN", requestId)).orElseThrow();
        assertThat(decision.opened()).isFalse();
        assertThat(decision.reason()).isEqualTo(ReceivedInterestRequest.WITHDRAWN);
        assertThat(mongo.count(Query.query(Criteria.where("requestId").is(requestId)), InterestStore.COLLECTION))
                .isZero();
        mvc.perform(get("/api/opportunities/opportunities/{id}/interests", opportunityId)
                        .with(token("CL", publisher, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void aMalformedWithdrawalIsDeadLettered() {
        String requestId = UUID.randomUUID().toString();
        var bad = envelope(OpportunitiesEvents.INTEREST_REQUEST_WITHDRAWN, requestId, "VN", 2,
                new InterestRequestWithdrawn(requestId, "VN", "CL", null, "org-vn-x", Instant.now()));
        PeerRecords.send(bootstrap, "VN", bad, OpportunitiesEvents.INTEREST_REQUEST_TOPIC);
        var deadLetters = OpportunitiesTestSupport.awaitRecords(bootstrap,
                "VN." + OpportunitiesEvents.INTEREST_REQUEST_TOPIC + ".DLT", r -> requestId.equals(r.key()), 1);
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message")).contains("malformed-request");
        assertThat(received.find(CrossBorderInterests.receivedId("VN", requestId))).isEmpty();
    }
}

package org.smenet.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
import static org.smenet.opportunities.OpportunitiesTestSupport.header;
import static org.smenet.opportunities.OpportunitiesTestSupport.opportunityJson;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.smenet.opportunities.TestClock;
import org.smenet.opportunities.app.ExpiryJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** An opportunity from draft to archive, its events, its search, and expiry of opportunities and interests. */
@OpportunitiesIntegration
class OpportunityFlowTest {

    static final String FP = "org-cl-fp-flow";
    static final String FP_COOP = "org-cl-fp-coop";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ExpiryJob expiry;
    @Autowired
    TestClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    String sme;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
        designated(context, "CL", FP, FocalPointFunction.TRADE_DEVELOPMENT);
        designated(context, "CL", FP_COOP, FocalPointFunction.ENTERPRISE_COOPERATION);
        sme = unique("org-cl-sme");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String draft(String org, String json) throws Exception {
        String body = mvc.perform(post("/api/opportunities/opportunities").with(token("CL", org, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.publisherKind").value("ENTERPRISE"))
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String published(String org, String json) throws Exception {
        String id = draft(org, json);
        mvc.perform(post("/api/opportunities/opportunities/{id}/submission", id).with(token("CL", org, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/opportunities/opportunities/{id}/publication", id).with(token("CL", FP, "FOCAL_POINT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(header().string("ETag", "\"3\""));
        return id;
    }

    @Test
    void anEnterprisesOpportunityIsReviewedPublishedAndListedOnThePublicTopic() throws Exception {
        String id = published(sme, opportunityJson("BUY_REQUEST", unique("Green coffee"), true));

        var lifecycle = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.OPPORTUNITY_TOPIC,
                r -> id.equals(r.key()), 3);
        assertThat(lifecycle).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.OPPORTUNITY_DRAFTED.type(), OpportunitiesEvents.OPPORTUNITY_SUBMITTED.type(),
                OpportunitiesEvents.OPPORTUNITY_PUBLISHED.type());
        var listed = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC,
                r -> id.equals(r.key()), 1);
        assertThat(header(listed.get(0), "ce_type")).isEqualTo(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type());
        assertThat(new String(listed.get(0).value())).doesNotContain("ana@cafe.cl.example");

        // another economy sees it because it is network-visible, never with the contact
        mvc.perform(get("/api/opportunities/opportunities/{id}", id).with(token("VN", "org-vn-sme-1", "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.details.title").exists());
    }

    @Test
    void aFocalPointPublishesItsOwnDraftDirectly() throws Exception {
        String body = mvc.perform(post("/api/opportunities/opportunities").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content(opportunityJson("TENDER", unique("Cold store"), false)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.publisherKind").value("FOCAL_POINT"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/opportunities/opportunities/{id}/publication", id).with(token("CL", FP, "FOCAL_POINT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        // not network-visible: other economies do not see it
        mvc.perform(get("/api/opportunities/opportunities/{id}", id).with(token("PE", "org-pe-sme-1", "SME")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRejectionCarriesItsReasonAndTheDraftCanBeRevisedAndArchived() throws Exception {
        String id = draft(sme, opportunityJson("SELL_OFFER", unique("Wine"), false));
        mvc.perform(post("/api/opportunities/opportunities/{id}/submission", id).with(token("CL", sme, "SME")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/opportunities/opportunities/{id}/rejection", id).with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"value range missing\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("value range missing"));
        mvc.perform(post("/api/opportunities/opportunities/{id}/archival", id).with(token("CL", sme, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void searchFiltersByKindCodePrefixEconomyTextAndSortsByDeadline() throws Exception {
        String tag = unique("Quinoa");
        Instant soon = Instant.now().plus(Duration.ofDays(20));
        Instant later = Instant.now().plus(Duration.ofDays(60));
        String a = published(sme, opportunityJson("SELL_OFFER", tag + " organic", "100850", "0111", later, false));
        String b = published(sme, opportunityJson("SELL_OFFER", tag + " bulk", "100850", "0111", soon, true));
        published(sme, opportunityJson("BUY_REQUEST", tag + " wanted", "090111", "1079", soon, false));

        String byDeadline = mvc.perform(get("/api/opportunities/opportunities").with(token("CL", "org-cl-any", "SME"))
                        .param("kind", "SELL_OFFER").param("hs", "10").param("isic", "A").param("origin", "CL")
                        .param("text", tag.toUpperCase()).param("sort", "deadline"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byDeadline, "$.items[*].id")).containsExactly(b, a);

        String newest = mvc.perform(get("/api/opportunities/opportunities").with(token("CL", "org-cl-any", "SME"))
                        .param("kind", "SELL_OFFER").param("text", tag))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(newest, "$.items[*].id")).containsExactly(b, a);

        // another economy finds only the network-visible one
        String fromPe = mvc.perform(get("/api/opportunities/opportunities").with(token("PE", "org-pe-1", "SME"))
                        .param("text", tag).param("deadlineBefore", later.minus(Duration.ofDays(1)).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(fromPe, "$.items[*].id")).containsExactly(b);
    }

    @Test
    void anInterestIsIntroducedAcceptedAndOnlyThenRevealsThePublishersContact() throws Exception {
        String id = published(sme, opportunityJson("PARTNERSHIP", unique("Roastery"), true));
        String buyer = unique("org-pe-buyer");
        String body = mvc.perform(post("/api/opportunities/opportunities/{id}/interests", id)
                        .with(token("PE", buyer, "SME")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\":\"We import 20 t a year\",\"contact\":{\"email\":\"buy@pe.example\"}}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.publisherContact").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String interest = JsonPath.read(body, "$.id");

        mvc.perform(post("/api/opportunities/interests/{id}/acceptance", interest).with(token("CL", sme, "SME")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/opportunities/interests/{id}/introduction", interest)
                        .with(token("CL", FP_COOP, "FOCAL_POINT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTRODUCED"));
        mvc.perform(get("/api/opportunities/interests/{id}", interest).with(token("CL", sme, "SME")))
                .andExpect(jsonPath("$.interestedContact.email").value("buy@pe.example"));
        mvc.perform(post("/api/opportunities/interests/{id}/acceptance", interest).with(token("CL", sme, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get("/api/opportunities/interests/{id}", interest).with(token("PE", buyer, "SME")))
                .andExpect(jsonPath("$.publisherContact.email").value("ana@cafe.cl.example"));

        var steps = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_TOPIC,
                r -> interest.equals(r.key()), 3);
        assertThat(steps).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.INTEREST_EXPRESSED.type(), OpportunitiesEvents.INTEREST_INTRODUCED.type(),
                OpportunitiesEvents.INTEREST_ACCEPTED.type());
    }

    @Test
    void expiryClosesOpportunitiesAtTheirDeadlineAndUnansweredInterestsAfterTheirTime() throws Exception {
        String id = published(sme, opportunityJson("TENDER", unique("Expiring"), "090111", "1079",
                Instant.now().plus(Duration.ofDays(3)), true));
        String other = published(sme, opportunityJson("TENDER", unique("Lasting"), true));
        String body = mvc.perform(post("/api/opportunities/opportunities/{id}/interests", other)
                        .with(token("CL", unique("org-cl-buyer"), "SME")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\":\"interested\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String interest = JsonPath.read(body, "$.id");

        clock.advance(Duration.ofDays(15)); // past the 3-day deadline and the 14-day interest time to live
        // two replicas read the same due opportunity: exactly one expiry is stored
        var due = context.getBean(org.smenet.opportunities.app.OpportunityService.class).due(1000).stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow();
        var service = context.getBean(org.smenet.opportunities.app.OpportunityService.class);
        assertThat(List.of(service.expire(due), service.expire(due))).containsExactlyInAnyOrder(true, false);
        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(expiry.expireDue()).as("a second pass finds nothing left to expire").isZero();

        mvc.perform(get("/api/opportunities/opportunities/{id}", id).with(token("CL", sme, "SME")))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(get("/api/opportunities/opportunities/{id}", other).with(token("CL", sme, "SME")))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/opportunities/interests/{id}", interest).with(token("CL", sme, "SME")))
                .andExpect(jsonPath("$.status").value("EXPIRED"));

        var expired = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.OPPORTUNITY_TOPIC,
                r -> id.equals(r.key()) && OpportunitiesEvents.OPPORTUNITY_EXPIRED.type().equals(header(r, "ce_type")), 1);
        assertThat(expired).hasSize(1);
        var delisted = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC,
                r -> id.equals(r.key()) && OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED.type().equals(header(r, "ce_type")), 1);
        assertThat(delisted).hasSize(1);
        OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.INTEREST_TOPIC,
                r -> interest.equals(r.key()) && OpportunitiesEvents.INTEREST_EXPIRED.type().equals(header(r, "ce_type")), 1);
    }
}

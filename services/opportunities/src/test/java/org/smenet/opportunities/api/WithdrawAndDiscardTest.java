package org.smenet.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
import static org.smenet.opportunities.OpportunitiesTestSupport.header;
import static org.smenet.opportunities.OpportunitiesTestSupport.opportunityJson;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityChanged;
import org.smenet.contracts.opportunities.OpportunityDiscarded;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before a focal point acts, the publisher may take a submission back (a draft again, event {@code withdrawn})
 * and throw a draft away (a tombstone {@code DISCARDED}, event {@code discarded}): versioned writes with their
 * events, 409 naming {@code status} in any other status, 412 on a stale If-Match, and only the publisher.
 */
@OpportunitiesIntegration
class WithdrawAndDiscardTest {

    static final String O = "/api/opportunities/opportunities";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    String sme;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
        sme = unique("org-cl-sme");
    }

    String draft() throws Exception {
        String body = mvc.perform(post(O).with(token("CL", sme, "SME")).contentType(MediaType.APPLICATION_JSON)
                        .content(opportunityJson("BUY_REQUEST", unique("Withdrawn beans"), false)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aSubmissionIsWithdrawnToDraftByItsPublisherThenSubmittedAgain() throws Exception {
        String id = draft();
        mvc.perform(post(O + "/{id}/submission", id).with(token("CL", sme, "SME"))).andExpect(status().isOk());

        // someone else: another SME, a trade-development focal point (it rejects instead), another economy
        mvc.perform(post(O + "/{id}/withdrawal", id).with(token("CL", unique("org-cl-other"), "SME")))
                .andExpect(status().isForbidden());
        String fp = designated(context, "CL", unique("org-cl-fp"), FocalPointFunction.TRADE_DEVELOPMENT);
        mvc.perform(post(O + "/{id}/withdrawal", id).with(token("CL", fp, "FOCAL_POINT")))
                .andExpect(status().isForbidden());
        mvc.perform(post(O + "/{id}/withdrawal", id).with(token("CL", sme, "SME")).header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.field").value("If-Match"));
        mvc.perform(post(O + "/{id}/withdrawal", id).with(token("CL", sme, "SME")).header("If-Match", "3"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("If-Match"));

        mvc.perform(post(O + "/{id}/withdrawal", id).with(token("CL", sme, "SME")).header("If-Match", "\"2\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("ETag", "\"3\""));
        // a draft is not withdrawn: 409 naming the status
        mvc.perform(post(O + "/{id}/withdrawal", id).with(token("CL", sme, "SME")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("status"))
                .andExpect(jsonPath("$.rule").value("transition-not-allowed"));
        // and a focal point finds nothing to review
        mvc.perform(post(O + "/{id}/publication", id).with(token("CL", fp, "FOCAL_POINT")))
                .andExpect(status().isConflict());

        // edited and submitted again, as any draft
        mvc.perform(put(O + "/{id}", id).with(token("CL", sme, "SME")).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content(opportunityJson("BUY_REQUEST", "Revised", false)))
                .andExpect(status().isOk());
        mvc.perform(post(O + "/{id}/submission", id).with(token("CL", sme, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        var records = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.OPPORTUNITY_TOPIC,
                r -> id.equals(r.key()), 5);
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.OPPORTUNITY_DRAFTED.type(), OpportunitiesEvents.OPPORTUNITY_SUBMITTED.type(),
                OpportunitiesEvents.OPPORTUNITY_WITHDRAWN.type(), OpportunitiesEvents.OPPORTUNITY_UPDATED.type(),
                OpportunitiesEvents.OPPORTUNITY_SUBMITTED.type());
        OpportunityChanged withdrawn = json.readValue(records.get(2).value(), OpportunityChanged.class);
        assertThat(withdrawn.status()).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(withdrawn.actorOrg()).isEqualTo(sme);
    }

    @Test
    void aDraftIsDiscardedAsATombstoneOutOfThePublishersList() throws Exception {
        String kept = draft();
        String id = draft();
        mvc.perform(delete(O + "/{id}", id).with(token("CL", unique("org-cl-other"), "SME")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(O + "/{id}", id).with(token("VN", sme, "SME")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(O + "/{id}", id).with(token("CL", sme, "SME")).header("If-Match", "\"7\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(O + "/{id}", "no such id").with(token("CL", sme, "SME")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(Matchers.containsString("id")));
        mvc.perform(delete(O + "/{id}", "no-such-id").with(token("CL", sme, "SME")))
                .andExpect(status().isNotFound());

        mvc.perform(delete(O + "/{id}", id).with(token("CL", sme, "SME")).header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCARDED"))
                .andExpect(jsonPath("$.endedAt").exists());
        mvc.perform(delete(O + "/{id}", id).with(token("CL", sme, "SME")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("status"));
        mvc.perform(post(O + "/{id}/submission", id).with(token("CL", sme, "SME"))).andExpect(status().isConflict());
        mvc.perform(put(O + "/{id}", id).with(token("CL", sme, "SME")).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(opportunityJson("BUY_REQUEST", "Back", false)))
                .andExpect(status().isConflict());

        // the publisher still reads the tombstone, but its list leaves it out unless asked for by status
        mvc.perform(get(O + "/{id}", id).with(token("CL", sme, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCARDED"));
        mvc.perform(get(O).param("mine", "true").with(token("CL", sme, "SME")))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(kept)));
        mvc.perform(get(O).param("mine", "true").param("status", "DISCARDED").with(token("CL", sme, "SME")))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(id)));

        // a submitted one is withdrawn first, not discarded
        mvc.perform(post(O + "/{id}/submission", kept).with(token("CL", sme, "SME"))).andExpect(status().isOk());
        mvc.perform(delete(O + "/{id}", kept).with(token("CL", sme, "SME")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(
                        Matchers.containsString("SUBMITTED")));

        var records = OpportunitiesTestSupport.awaitRecords(bootstrap, OpportunitiesEvents.OPPORTUNITY_TOPIC,
                r -> id.equals(r.key()), 2);
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                OpportunitiesEvents.OPPORTUNITY_DRAFTED.type(), OpportunitiesEvents.OPPORTUNITY_DISCARDED.type());
        assertThat(header(records.get(1), "ce_sequence")).isEqualTo("2");
        OpportunityDiscarded discarded = json.readValue(records.get(1).value(), OpportunityDiscarded.class);
        assertThat(discarded.publisherOrg()).isEqualTo(sme);
        assertThat(discarded.actorOrg()).isEqualTo(sme);
        assertThat(discarded.economy()).isEqualTo("CL");
    }
}

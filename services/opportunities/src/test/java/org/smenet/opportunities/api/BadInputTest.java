package org.smenet.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
import static org.smenet.opportunities.OpportunitiesTestSupport.opportunityJson;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.smenet.opportunities.store.OpportunityDocument;
import org.smenet.opportunities.store.SubscriptionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** Bad input is a 4xx problem naming the field at fault, never a 500, and stores nothing. */
@OpportunitiesIntegration
class BadInputTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    MockMvc mvc;
    String owner;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
        owner = unique("org-cl-sme");
        designated(context, "CL", "org-cl-fp-bad");
    }

    private ResultActions postOpportunity(String json) throws Exception {
        return mvc.perform(post("/api/opportunities/opportunities").with(token("CL", owner, "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long storedByOwner() {
        return mongo.count(Query.query(Criteria.where("publisher.org").is(owner)), OpportunityDocument.COLLECTION);
    }

    private static void problem(ResultActions result, int status, String type, String field) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("https://smenet.org/problems/")))
                .andExpect(jsonPath("$.trace").doesNotExist());
        if (type != null) {
            result.andExpect(jsonPath("$.type").value("https://smenet.org/problems/" + type));
        }
        if (field != null) {
            result.andExpect(jsonPath("$.field").value(field));
        }
    }

    private String valid() {
        return opportunityJson("BUY_REQUEST", "Beans", false);
    }

    @Test
    void unknownCodesAreRefusedAndNothingIsStored() throws Exception {
        problem(postOpportunity(valid().replace("\"090111\"", "\"777777\"")), 400, "invalid-field", "hsCodes");
        problem(postOpportunity(valid().replace("\"1079\"", "\"9999\"")), 400, "invalid-field", "isicCodes");
        problem(postOpportunity(valid().replace("[\"VN\",\"PE\"]", "[\"FR\"]")), 400, "invalid-field", "targetEconomies");
        problem(postOpportunity(valid().replace("\"USD\"", "\"XYZ\"")), 400, "invalid-field", "currency");
        problem(postOpportunity(valid().replace("\"BUY_REQUEST\"", "\"GIFT\"")), 400, null, null);
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void aDeadlineInThePastIsRefused() throws Exception {
        String past = opportunityJson("TENDER", "Late", "090111", "1079", Instant.now().minus(Duration.ofDays(1)), false);
        problem(postOpportunity(past), 400, "invalid-field", "deadline");
        problem(postOpportunity(valid().replaceAll("\"deadline\":\"[^\"]+\"", "\"deadline\":\"next week\"")), 400, null, null);
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void anOversizedDescriptionIsRefused() throws Exception {
        String longText = "x".repeat(5001);
        problem(postOpportunity(valid().replace("Washed arabica, screen 16+, three-year supply.", longText)), 400,
                null, "description");
        problem(postOpportunity("{not json"), 400, null, null);
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void transitionsTheLifecycleForbidsAreConflictsAndChangeNothing() throws Exception {
        String body = postOpportunity(valid()).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        problem(mvc.perform(post("/api/opportunities/opportunities/{id}/closure", id).with(token("CL", owner, "SME"))),
                409, "transition-not-allowed", null);
        problem(mvc.perform(post("/api/opportunities/opportunities/{id}/archival", id).with(token("CL", owner, "SME"))),
                409, "transition-not-allowed", null);
        // an enterprise's draft goes through review: a focal point cannot publish it directly
        problem(mvc.perform(post("/api/opportunities/opportunities/{id}/publication", id)
                .with(token("CL", "org-cl-fp-bad", "FOCAL_POINT"))), 409, "transition-not-allowed", null);
        problem(mvc.perform(post("/api/opportunities/interests/none/introduction", id)
                .with(token("CL", "org-cl-fp-bad", "FOCAL_POINT"))), 404, "not-found", null);
        mvc.perform(post("/api/opportunities/opportunities/{id}/submission", id).with(token("CL", owner, "SME")))
                .andExpect(status().isOk());
        problem(mvc.perform(post("/api/opportunities/opportunities/{id}/rejection", id)
                .with(token("CL", "org-cl-fp-bad", "FOCAL_POINT")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")), 400, "invalid-field", "reason");
        // an interest in an opportunity that is not published
        problem(mvc.perform(post("/api/opportunities/opportunities/{id}/interests", id)
                .with(token("CL", unique("org-cl-buyer"), "SME")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\":\"hello\"}")), 404, "not-found", null);
        Document stored = mongo.findById(id, Document.class, OpportunityDocument.COLLECTION);
        assertThat(stored.getString("status")).isEqualTo("SUBMITTED");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(2);
    }

    @Test
    void updatesNeedACurrentIfMatch() throws Exception {
        String body = postOpportunity(valid()).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        problem(mvc.perform(put("/api/opportunities/opportunities/{id}", id).with(token("CL", owner, "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(valid())), 428, "precondition-required", "If-Match");
        problem(mvc.perform(put("/api/opportunities/opportunities/{id}", id).with(token("CL", owner, "SME"))
                .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON).content(valid())), 412,
                "stale-version", "If-Match");
        mvc.perform(put("/api/opportunities/opportunities/{id}", id).with(token("CL", owner, "SME"))
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(valid()))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .header().string("ETag", "\"2\""));
    }

    @Test
    void badSearchParametersAreRefused() throws Exception {
        problem(mvc.perform(get("/api/opportunities/opportunities").param("hs", "777777")
                .with(token("CL", owner, "SME"))), 400, "invalid-field", "hs");
        problem(mvc.perform(get("/api/opportunities/opportunities").param("origin", "XX")
                .with(token("CL", owner, "SME"))), 400, "invalid-field", "origin");
        problem(mvc.perform(get("/api/opportunities/opportunities").param("size", "1000")
                .with(token("CL", owner, "SME"))), 400, "invalid-field", "size");
        problem(mvc.perform(get("/api/opportunities/opportunities").param("sort", "random")
                .with(token("CL", owner, "SME"))), 400, null, null);
        // a regular expression in the text is matched literally
        mvc.perform(get("/api/opportunities/opportunities").param("text", ".*").with(token("CL", owner, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void webhookUrlsThatAreMalformedOrNotAllowedAreRefusedAndNothingIsStored() throws Exception {
        long before = mongo.count(new Query(), SubscriptionStore.COLLECTION);
        for (String url : new String[] {"not a url", "ftp://example.org/hook", "https://user:pw@example.org/hook",
                "https://no-such-host.invalid/hook"}) {
            problem(mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", owner, "AGENCY_CLIENT"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"channel\":\"WEBHOOK\",\"webhookUrl\":\"" + url + "\"}")), 400, null, "webhookUrl");
        }
        problem(mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", owner, "AGENCY_CLIENT"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"WEBHOOK\"}")), 400, "invalid-field",
                "webhookUrl");
        problem(mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", owner, "AGENCY_CLIENT"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"FEED\",\"hsPrefixes\":[\"999\"]}")),
                400, null, null);
        problem(mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", owner, "AGENCY_CLIENT"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"FEED\",\"hsPrefixes\":[\"7777\"]}")),
                400, "invalid-field", "hsPrefixes");
        assertThat(mongo.count(new Query(), SubscriptionStore.COLLECTION)).isEqualTo(before);
    }
}

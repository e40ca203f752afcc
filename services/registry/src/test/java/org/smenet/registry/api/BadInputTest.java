package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.store.EnterpriseDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.web.context.WebApplicationContext;

/** Bad input gets a 4xx problem naming the field or rule, and the store stays as it was. */
@RegistryIntegration
class BadInputTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    MockMvc mvc;
    String owner;

    @BeforeEach
    void setUp() {
        mvc = RegistryTestSupport.mockMvc(context);
        owner = unique("org-cl-sme");
        RegistryTestSupport.designated(context, "CL", "org-cl-fp-1");
        RegistryTestSupport.designated(context, "CL", "org-cl-fp-2");
    }

    private ResultActions postEnterprise(String json) throws Exception {
        return mvc.perform(post("/api/registry/enterprises").with(token("CL", owner, "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long storedByOwner() {
        return mongo.count(Query.query(Criteria.where("ownerOrg").is(owner)), EnterpriseDocument.COLLECTION);
    }

    private static void problem(ResultActions result, int status, String type, String field) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.trace").doesNotExist());
        if (field != null) {
            result.andExpect(jsonPath("$.field").value(field));
        }
    }

    private static String valid(String number) {
        return RegistryFlowTest.enterpriseJson(number, true);
    }

    @Test
    void malformedJsonIsA400ProblemAndStoresNothing() throws Exception {
        problem(postEnterprise("{\"registrationNumber\": \"X-1\", \"legalName\": "), 400, "malformed-json", null);
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void unknownHsCodeIsRefusedNamingItsPosition() throws Exception {
        problem(postEnterprise(valid(unique("R")).replace("\"hsOffered\":[\"090111\"]", "\"hsOffered\":[\"090111\",\"090110\"]")),
                400, "invalid-field", "hsOffered[1]");
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void unknownIsicCodeIsRefused() throws Exception {
        problem(postEnterprise(valid(unique("R")).replace("\"isicCodes\":[\"1079\"]", "\"isicCodes\":[\"9999\"]")),
                400, "invalid-field", "isicCodes[0]");
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void unknownEconomyIsRefused() throws Exception {
        problem(postEnterprise(valid(unique("R")).replace("[\"VN\",\"TH\"]", "[\"VN\",\"FR\"]")),
                400, "invalid-field", "targetEconomies[1]");
        problem(mvc.perform(get("/api/registry/enterprises").param("economy", "FR").with(token("CL", owner, "SME"))),
                400, "invalid-field", "economy");
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void overLongFieldIsRefused() throws Exception {
        problem(postEnterprise(valid(unique("R")).replace("Andes Coffee Traders", "A".repeat(201))),
                400, "invalid-field", "legalName");
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void aRegistrationNumberTypedFirstBySomeoneElseDoesNotLockTheRealFirmOut() throws Exception {
        String number = unique("R");
        String squatter = unique("org-cl-squatter");
        mvc.perform(post("/api/registry/enterprises").with(token("CL", squatter, "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(valid(number))).andExpect(status().isCreated());

        String realFirm = id(postEnterprise(valid(number)).andExpect(status().isCreated()));
        mvc.perform(post("/api/registry/enterprises/{id}/verification", realFirm)
                .with(token("CL", "org-cl-fp-1", "FOCAL_POINT"))).andExpect(status().isOk());

        assertThat(mongo.count(Query.query(Criteria.where("registrationNumber").is(number).and("economy").is("CL")),
                EnterpriseDocument.COLLECTION)).as("both claims exist").isEqualTo(2);
    }

    @Test
    void onlyOneVerifiedActiveEnterpriseHoldsARegistrationNumber() throws Exception {
        String number = unique("R");
        String first = id(postEnterprise(valid(number)).andExpect(status().isCreated()));
        String second = id(mvc.perform(post("/api/registry/enterprises").with(token("CL", unique("org-cl-sme"), "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(valid(number))).andExpect(status().isCreated()));
        mvc.perform(post("/api/registry/enterprises/{id}/verification", first)
                .with(token("CL", "org-cl-fp-1", "FOCAL_POINT"))).andExpect(status().isOk());

        problem(mvc.perform(post("/api/registry/enterprises/{id}/verification", second)
                .with(token("CL", "org-cl-fp-1", "FOCAL_POINT"))), 409, "registration-number-held", "registrationNumber");
        assertThat(mongo.findById(second, Document.class, EnterpriseDocument.COLLECTION).getString("status"))
                .as("the refused claim is unchanged").isEqualTo("REGISTERED");

        // once the holder is deactivated, the number is free for the other claim
        mvc.perform(post("/api/registry/enterprises/{id}/deactivation", first).with(token("CL", owner, "SME")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/registry/enterprises/{id}/verification", second)
                .with(token("CL", "org-cl-fp-1", "FOCAL_POINT"))).andExpect(status().isOk());
    }

    @Test
    void mongoOperatorSmuggledIntoAFieldIsRefused() throws Exception {
        problem(postEnterprise(valid(unique("R")).replace("\"Andes Coffee Traders\"", "{\"$gt\": \"\"}")),
                400, "invalid-field", "legalName");
        problem(postEnterprise(valid("$where")), 400, "invalid-field", "registrationNumber");
        assertThat(storedByOwner()).isZero();
    }

    @Test
    void mongoOperatorSmuggledIntoAFilterMatchesNothingLiterally() throws Exception {
        postEnterprise(valid(unique("R"))).andExpect(status().isCreated());

        mvc.perform(get("/api/registry/enterprises").param("name", "{\"$gt\": \"\"}").with(token("CL", owner, "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/registry/enterprises").param("name", ".*").with(token("CL", owner, "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        problem(mvc.perform(get("/api/registry/enterprises").param("cluster", "{\"$ne\":1}").with(token("CL", owner, "SME"))),
                400, "invalid-field", "cluster");
    }

    @Test
    void pagingBeyondTheLimitsIsRefused() throws Exception {
        problem(mvc.perform(get("/api/registry/enterprises").param("size", "1000").with(token("CL", owner, "SME"))),
                400, "invalid-field", "size");
        problem(mvc.perform(get("/api/registry/enterprises").param("page", "-1").with(token("CL", owner, "SME"))),
                400, "invalid-field", "page");
        problem(mvc.perform(get("/api/registry/enterprises").param("page", "100").param("size", "100")
                .with(token("CL", owner, "SME"))), 400, "invalid-field", "page");
        // the last page within the depth (rows 9,901 to 10,000) is served
        mvc.perform(get("/api/registry/enterprises").param("page", "99").param("size", "100")
                .with(token("CL", owner, "SME"))).andExpect(status().isOk());
        problem(mvc.perform(get("/api/registry/enterprises").param("page", "abc").with(token("CL", owner, "SME"))),
                400, "invalid-field", "page");
    }

    @Test
    void verifyingTwiceIsAConflictAndChangesNothing() throws Exception {
        String id = id(postEnterprise(valid(unique("R"))).andExpect(status().isCreated()));
        mvc.perform(post("/api/registry/enterprises/{id}/verification", id).with(token("CL", "org-cl-fp-1", "FOCAL_POINT")))
                .andExpect(status().isOk());
        Document before = mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION);

        var second = mvc.perform(post("/api/registry/enterprises/{id}/verification", id)
                .with(token("CL", "org-cl-fp-2", "FOCAL_POINT")));

        problem(second, 409, "already-verified", null);
        second.andExpect(jsonPath("$.rule").value("already-verified"));
        Document after = mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION);
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.getString("verifiedBy")).isEqualTo("org-cl-fp-1");
    }

    @Test
    void transitionsTheLifecycleDoesNotAllowAreConflicts() throws Exception {
        String id = id(postEnterprise(valid(unique("R"))).andExpect(status().isCreated()));

        problem(mvc.perform(post("/api/registry/enterprises/{id}/reinstatement", id)
                .with(token("CL", "org-cl-fp-1", "FOCAL_POINT"))), 409, "transition-not-allowed", null);
        mvc.perform(post("/api/registry/enterprises/{id}/deactivation", id).with(token("CL", owner, "SME")))
                .andExpect(status().isOk());
        problem(mvc.perform(post("/api/registry/enterprises/{id}/verification", id)
                .with(token("CL", "org-cl-fp-1", "FOCAL_POINT"))), 409, "transition-not-allowed", null);
        problem(mvc.perform(put("/api/registry/enterprises/{id}", id).with(token("CL", owner, "SME"))
                .header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content(valid("IGNORED"))), 409, "deactivated", null);

        assertThat(mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION).getString("status"))
                .isEqualTo("DEACTIVATED");
    }

    @Test
    void anUpdateWithoutIfMatchIs428AndChangesNothing() throws Exception {
        String id = id(postEnterprise(valid(unique("R"))).andExpect(status().isCreated()));

        problem(mvc.perform(put("/api/registry/enterprises/{id}", id).with(token("CL", owner, "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(valid("X").replace("Andes Coffee Traders", "Lost"))),
                428, "precondition-required", "If-Match");

        assertThat(mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION).get("version", Number.class)
                .longValue()).isEqualTo(1);
    }

    @Test
    void aStaleOrWeakIfMatchIs412AndTheCurrentTagWins() throws Exception {
        var created = postEnterprise(valid(unique("R"))).andExpect(status().isCreated())
                .andExpect(MockMvcResultMatchers.header().string("ETag", "\"1\""));
        String id = id(created);

        problem(mvc.perform(put("/api/registry/enterprises/{id}", id).header("If-Match", "\"7\"")
                .with(token("CL", owner, "SME")).contentType(MediaType.APPLICATION_JSON).content(valid("X"))),
                412, "stale-version", "If-Match");
        problem(mvc.perform(put("/api/registry/enterprises/{id}", id).header("If-Match", "W/\"1\"")
                .with(token("CL", owner, "SME")).contentType(MediaType.APPLICATION_JSON).content(valid("X"))),
                412, "stale-version", "If-Match");
        mvc.perform(put("/api/registry/enterprises/{id}", id).header("If-Match", "\"0\", \"1\"")
                        .with(token("CL", owner, "SME")).contentType(MediaType.APPLICATION_JSON)
                        .content(valid("X").replace("Andes Coffee Traders", "Andes Coffee Exporters")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.profile.legalName").value("Andes Coffee Exporters"));
        // every lifecycle response carries the ETag of what it returns
        mvc.perform(post("/api/registry/enterprises/{id}/verification", id)
                        .with(token("CL", "org-cl-fp-1", "FOCAL_POINT")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header().string("ETag", "\"3\""));
    }

    @Test
    void putClearsTheFieldsItLeavesOut() throws Exception {
        String id = id(postEnterprise(valid(unique("R"))).andExpect(status().isCreated()));
        assertThat(mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION).get("contact")).isNotNull();

        String withoutContactAndWebsite = valid("X").replace(",\"contact\":{\"name\":\"Ana\",\"email\":\"ana@andes.example\"}", "")
                .replace("\"website\":\"https://andes-coffee.example\",", "");
        assertThat(withoutContactAndWebsite).doesNotContain("contact").doesNotContain("website");
        mvc.perform(put("/api/registry/enterprises/{id}", id).header("If-Match", "\"1\"")
                        .with(token("CL", owner, "SME")).contentType(MediaType.APPLICATION_JSON)
                        .content(withoutContactAndWebsite))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.profile.website").doesNotExist());

        Document stored = mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION);
        assertThat(stored.containsKey("contact")).as("the contact is gone from the store").isFalse();
        assertThat(stored.get("profile", Document.class).containsKey("website")).isFalse();
    }

    @Test
    void aPathTheFirewallRejectsIsA400Problem() throws Exception {
        problem(mvc.perform(get("/api/registry/enterprises/x;jsessionid=1").with(token("CL", owner, "SME"))),
                400, "malformed-request", null);
    }

    @Test
    void whatTheContainerAnswersIsAProblemToo() throws Exception {
        problem(mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 414)), 414,
                "uri-too-long", null);
    }

    @Test
    void unknownEnterpriseIsA404Problem() throws Exception {
        problem(mvc.perform(get("/api/registry/enterprises/{id}", "no-such-enterprise").with(token("CL", owner, "SME"))),
                404, "not-found", null);
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}

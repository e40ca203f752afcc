package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hamcrest.Matchers;
import java.util.Set;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Authority comes from designations, and a node writes only for the economies it hosts. */
@RegistryIntegration
class AuthorityAndTenancyTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Authority authority;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = RegistryTestSupport.mockMvc(context);
    }

    private String register(String owner) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/registry/enterprises").with(token("CL", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(RegistryFlowTest.enterpriseJson(unique("R"), true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aRevokedFocalPointLosesItsPowerWithinSeconds() throws Exception {
        String org = RegistryTestSupport.designated(context, "CL", unique("org-cl-fp"));
        String first = register(unique("org-cl-sme"));
        String second = register(unique("org-cl-sme"));
        mvc.perform(post("/api/registry/enterprises/{id}/verification", first).with(token("CL", org, "FOCAL_POINT")))
                .andExpect(status().isOk());
        String focalPointId = JsonPath.<Object>read(mvc.perform(get("/api/registry/focal-points").param("economy", "CL")
                        .param("size", "100").with(token("CL", "org-cl-admin", "ECONOMY_ADMIN")))
                .andReturn().getResponse().getContentAsString(), "$.items[?(@.org == '" + org + "')].id")
                .toString().replaceAll("[\\[\\]\"]", "");

        mvc.perform(post("/api/registry/focal-points/{id}/revocation", focalPointId)
                .with(token("CL", "org-cl-admin", "ECONOMY_ADMIN"))).andExpect(status().isOk());

        // probing the read model, not the endpoint: a probe that succeeded would verify the enterprise
        Actor revoked = new Actor("t", "CL", org, Set.of(Role.FOCAL_POINT));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> !authority.isFocalPoint(revoked, "CL"));
        mvc.perform(post("/api/registry/enterprises/{id}/verification", second).with(token("CL", org, "FOCAL_POINT")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/not-a-designated-focal-point"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("revoked")));
        mvc.perform(get("/api/registry/enterprises/{id}", second).with(token("CL", "org-cl-admin", "ECONOMY_ADMIN")))
                .andExpect(jsonPath("$.status").value("REGISTERED"));
    }

    @Test
    void theFocalPointRoleWithoutADesignationVerifiesNothing() throws Exception {
        String id = register(unique("org-cl-sme"));

        mvc.perform(post("/api/registry/enterprises/{id}/verification", id)
                        .with(token("CL", unique("org-cl-pretender"), "FOCAL_POINT")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("is not a designated")));

        mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("CL", "org-cl-admin", "ECONOMY_ADMIN")))
                .andExpect(jsonPath("$.status").value("REGISTERED"));
    }

    @Test
    void aTokenOfAnEconomyThisNodeDoesNotHostWritesNothing() throws Exception {
        String owner = unique("org-vn-sme");

        mvc.perform(post("/api/registry/enterprises").with(token("VN", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(RegistryFlowTest.enterpriseJson(unique("R"), true)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/economy-not-hosted"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("This node hosts CL, PE")));
        mvc.perform(post("/api/registry/focal-points").with(token("VN", "org-vn-admin", "ECONOMY_ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"VN desk\",\"kind\":\"SME_CENTRE\",\"functions\":[\"VERIFICATION\"],\"org\":\"org-vn-x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/economy-not-hosted"));

        assertThat(mongo.count(Query.query(Criteria.where("economy").is("VN")), "enterprises")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("economy").is("VN")), "focal_points")).isZero();
        // reading stays open: other economies browse what is public
        mvc.perform(get("/api/registry/network/enterprises").with(token("VN", owner, "SME"))).andExpect(status().isOk());
    }

    @Test
    void namedPeoplesContactsOfAFocalPointAreForItsEconomysFocalPointsAndAdminsOnly() throws Exception {
        String org = RegistryTestSupport.designated(context, "CL", unique("org-cl-fp"));
        String id = JsonPath.<Object>read(mvc.perform(get("/api/registry/focal-points").param("economy", "CL")
                        .param("size", "100").with(token("CL", "org-cl-admin", "ECONOMY_ADMIN")))
                .andReturn().getResponse().getContentAsString(), "$.items[?(@.org == '" + org + "')].id")
                .toString().replaceAll("[\\[\\]\"]", "");

        for (var reader : new String[][] {{"CL", org, "FOCAL_POINT"}, {"CL", "org-cl-admin", "ECONOMY_ADMIN"}}) {
            mvc.perform(get("/api/registry/focal-points/{id}", id).with(token(reader[0], reader[1], reader[2])))
                    .andExpect(jsonPath("$.contacts[0].email").value("desk@" + org + ".example"))
                    .andExpect(jsonPath("$.contacts[0].phone").exists())
                    .andExpect(jsonPath("$.website").value("https://" + org + ".example"));
        }
        for (var reader : new String[][] {{"CL", "org-cl-sme-1", "SME"}, {"PE", "org-pe-admin", "ECONOMY_ADMIN"},
                {"VN", "org-vn-fp-1", "FOCAL_POINT"}, {"CL", unique("org-cl-pretender"), "FOCAL_POINT"}}) {
            mvc.perform(get("/api/registry/focal-points/{id}", id).with(token(reader[0], reader[1], reader[2])))
                    .andExpect(jsonPath("$.contacts[0].name").value("Desk"))
                    .andExpect(jsonPath("$.contacts[0].email").doesNotExist())
                    .andExpect(jsonPath("$.contacts[0].phone").doesNotExist())
                    .andExpect(jsonPath("$.website").value("https://" + org + ".example"));
        }
    }
}

package org.smenet.matchmaking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.security.Role;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.app.Suggestions;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.events.MatchOutbox;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every matchmaking endpoint × every kind of actor, written from the rules: an enterprise's partners and
 * matches are seen by its own users (an SME whose organisation owns it) and by designated focal points for
 * enterprise cooperation of its economy; a match by its two parties and the brokers of either party's
 * economy; only parties take interest, ask for an introduction, agree or decline, only a broker
 * introduces. The fixture is a match between a CL enterprise and a PE one (both hosted here); VN is
 * another node's economy. Each POST finds the match at the stage its step needs.
 */
@MatchmakingIntegration
class AuthorizationMatrixTest {

    static final String FP = "org-cl-fp-matrix";
    static final String FP_PE = "org-pe-fp-matrix";
    static final String FP_TRAINING = "org-cl-fp-training";

    enum Who {
        OWNER("CL", null, Role.SME),
        PARTNER_OWNER("PE", null, Role.SME),
        OTHER_SME("CL", "org-cl-someone", Role.SME),
        FOCAL_POINT("CL", FP, Role.FOCAL_POINT),
        FOCAL_POINT_OF_PE("PE", FP_PE, Role.FOCAL_POINT),
        FOCAL_POINT_TRAINING_ONLY("CL", FP_TRAINING, Role.FOCAL_POINT),
        FOCAL_POINT_UNDESIGNATED("CL", "org-cl-fp-nobody", Role.FOCAL_POINT),
        EXPERT("CL", "org-cl-expert", Role.EXPERT),
        ADMIN("CL", "org-cl-admin", Role.ECONOMY_ADMIN),
        SME_OF_VN("VN", "org-vn-sme", Role.SME),
        FOCAL_POINT_OF_VN("VN", "org-vn-fp", Role.FOCAL_POINT);

        final String economy;
        final String org;
        final Role[] roles;

        Who(String economy, String org, Role... roles) {
            this.economy = economy;
            this.org = org;
            this.roles = roles;
        }
    }

    record Row(String method, String path, MatchStage stage, int[] expected) {
        Row(String method, String path, MatchStage stage, String statuses) {
            this(method, path, stage, Stream.of(statuses.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray());
        }
    }

    //                                                                          own prt oth fp  fpPE trn und exp adm | VN: sme fp
    static final List<Row> MATRIX = List.of(
            new Row("GET", "/api/matchmaking/enterprises/{id}/partners", MatchStage.SUGGESTED,
                    "200 404 403 200 404 403 403 403 403 404 404"),
            new Row("GET", "/api/matchmaking/matches", MatchStage.SUGGESTED,
                    "200 404 403 200 404 403 403 403 403 404 404"),
            new Row("GET", "/api/matchmaking/matches/{id}", MatchStage.SUGGESTED,
                    "200 200 404 200 200 404 404 404 404 404 404"),
            new Row("POST", "/api/matchmaking/matches/{id}/interest", MatchStage.SUGGESTED,
                    "200 200 404 403 403 404 404 404 404 403 403"),
            new Row("POST", "/api/matchmaking/matches/{id}/introduction-request", MatchStage.INTERESTED,
                    "200 200 404 403 403 404 404 404 404 403 403"),
            new Row("POST", "/api/matchmaking/matches/{id}/introduction", MatchStage.INTRODUCTION_REQUESTED,
                    "403 403 404 200 200 404 404 404 404 403 403"),
            new Row("POST", "/api/matchmaking/matches/{id}/agreement", MatchStage.INTRODUCED,
                    "200 200 404 403 403 404 404 404 404 403 403"),
            new Row("POST", "/api/matchmaking/matches/{id}/decline", MatchStage.SUGGESTED,
                    "200 200 404 403 403 404 404 404 404 403 403"),
            // an opportunity of CL: brokers of its economy, and of another hosted economy for their own firms
            new Row("GET", "/api/matchmaking/opportunities/{id}/enterprises", MatchStage.SUGGESTED,
                    "403 403 403 200 200 403 403 403 403 403 403"),
            new Row("GET", "/api/matchmaking/funnel", MatchStage.SUGGESTED,
                    "200 200 200 200 200 200 200 200 200 200 200"),
            // the kit's operator view of parked outbox events: a hosted economy's admin (no such event: 404)
            new Row("GET", "/api/matchmaking/operator/outbox/parked", MatchStage.SUGGESTED,
                    "403 403 403 403 403 403 403 403 200 403 403"),
            // the kit's operator status (outbox backlog, consumer lag, dead letters, peers): the same actors
            new Row("GET", "/api/matchmaking/operator/status", MatchStage.SUGGESTED,
                    "403 403 403 403 403 403 403 403 200 403 403"),
            new Row("POST", "/api/matchmaking/operator/outbox/parked/{id}/retry", MatchStage.SUGGESTED,
                    "403 403 403 403 403 403 403 403 404 403 403"),
            new Row("DELETE", "/api/matchmaking/operator/outbox/parked/{id}", MatchStage.SUGGESTED,
                    "403 403 403 403 403 403 403 403 404 403 403"));

    @Autowired
    WebApplicationContext context;
    @Autowired
    ProfileStore profiles;
    @Autowired
    MatchStore matches;
    @Autowired
    MatchOutbox outbox;
    @Autowired
    PartnerIndex index;
    @Autowired
    Suggestions suggestions;
    @Autowired
    org.smenet.matchmaking.store.OpportunityStore opportunities;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;
    MatchmakingFixtures fixtures;

    @BeforeEach
    void setUp() {
        mvc = MatchmakingTestSupport.mockMvc(context);
        fixtures = new MatchmakingFixtures(profiles, matches, outbox, index, suggestions);
        MatchmakingTestSupport.designated(context, "CL", FP, FocalPointFunction.ENTERPRISE_COOPERATION);
        MatchmakingTestSupport.designated(context, "PE", FP_PE, FocalPointFunction.ENTERPRISE_COOPERATION);
        MatchmakingTestSupport.designated(context, "CL", FP_TRAINING, FocalPointFunction.TRAINING);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> served = org.smenet.testsupport.ServedEndpoints.api(mappings);
        Set<String> listed = new TreeSet<>();
        MATRIX.forEach(row -> listed.add(row.method() + " " + row.path()));
        assertThat(listed).isEqualTo(served);
        assertThat(MATRIX).allSatisfy(row -> assertThat(row.expected()).hasSize(Who.values().length));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryActor() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                int expected = row.expected()[who.ordinal()];
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + who + " → " + expected,
                        () -> assertStatus(row, who, expected)));
            }
            tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " without a token → 401",
                    () -> assertStatus(row, null, 401)));
        }
        return tests.stream();
    }

    private void assertStatus(Row row, Who who, int expected) throws Exception {
        var f = fixtures.at(row.stage());
        String id = row.path().contains("/opportunities/") ? MatchmakingFixtures.opportunity(opportunities, "CL")
                : row.path().contains("/enterprises/") ? f.enterprise() : f.matchId();
        String path = row.path().replace("{id}", id);
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(row.method()), path);
        if (path.endsWith("/matches")) {
            call.param("enterpriseId", f.enterprise());
        }
        if (row.method().equals("POST")) {
            call.header("If-Match", "*");
        }
        if (who != null) {
            String org = who == Who.OWNER ? f.owner() : who == Who.PARTNER_OWNER ? f.partnerOwner() : who.org;
            call.with(token(who.economy, org, Stream.of(who.roles).map(Role::name).toArray(String[]::new)));
        }
        int status = mvc.perform(call).andReturn().getResponse().getStatus();
        assertThat(status).as("%s %s as %s", row.method(), row.path(), who).isEqualTo(expected);
    }
}

package org.smenet.matchmaking.api;

import static org.smenet.testsupport.authz.AuthorizationMatrix.caller;
import static org.smenet.testsupport.authz.AuthorizationMatrix.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.smenet.testsupport.ServedEndpoints;
import org.smenet.testsupport.authz.AuthorizationMatrix;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
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
class AuthorizationMatrixTest implements AuthorizationMatrix.Fixtures<AuthorizationMatrixTest.Fixture> {

    static final String FP = "org-cl-fp-matrix";
    static final String FP_PE = "org-pe-fp-matrix";
    static final String FP_TRAINING = "org-cl-fp-training";

    static final AuthorizationMatrix<Fixture> MATRIX = AuthorizationMatrix.of(List.of(
            caller("OWNER", "CL", Fixture::owner, Role.SME),
            caller("PARTNER_OWNER", "PE", Fixture::partnerOwner, Role.SME),
            caller("OTHER_SME", "CL", "org-cl-someone", Role.SME),
            caller("FOCAL_POINT", "CL", FP, Role.FOCAL_POINT),
            caller("FOCAL_POINT_OF_PE", "PE", FP_PE, Role.FOCAL_POINT),
            caller("FOCAL_POINT_TRAINING_ONLY", "CL", FP_TRAINING, Role.FOCAL_POINT),
            caller("FOCAL_POINT_UNDESIGNATED", "CL", "org-cl-fp-nobody", Role.FOCAL_POINT),
            caller("EXPERT", "CL", "org-cl-expert", Role.EXPERT),
            caller("ADMIN", "CL", "org-cl-admin", Role.ECONOMY_ADMIN),
            caller("SME_OF_VN", "VN", "org-vn-sme", Role.SME),
            caller("FOCAL_POINT_OF_VN", "VN", "org-vn-fp", Role.FOCAL_POINT)),
            //                                  own prt oth fp  fpPE trn und exp adm | VN: sme fp
            row("GET", "/api/matchmaking/enterprises/{id}/partners",
                    "200 404 403 200 404 403 403 403 403 404 404").given(MatchStage.SUGGESTED),
            row("GET", "/api/matchmaking/matches",
                    "200 404 403 200 404 403 403 403 403 404 404").given(MatchStage.SUGGESTED),
            row("GET", "/api/matchmaking/matches/{id}",
                    "200 200 404 200 200 404 404 404 404 404 404").given(MatchStage.SUGGESTED),
            row("POST", "/api/matchmaking/matches/{id}/interest",
                    "200 200 404 403 403 404 404 404 404 403 403").given(MatchStage.SUGGESTED),
            row("POST", "/api/matchmaking/matches/{id}/introduction-request",
                    "200 200 404 403 403 404 404 404 404 403 403").given(MatchStage.INTERESTED),
            row("POST", "/api/matchmaking/matches/{id}/introduction",
                    "403 403 404 200 200 404 404 404 404 403 403").given(MatchStage.INTRODUCTION_REQUESTED),
            row("POST", "/api/matchmaking/matches/{id}/agreement",
                    "200 200 404 403 403 404 404 404 404 403 403").given(MatchStage.INTRODUCED),
            row("POST", "/api/matchmaking/matches/{id}/decline",
                    "200 200 404 403 403 404 404 404 404 403 403").given(MatchStage.SUGGESTED),
            // an opportunity of CL: brokers of its economy, and of another hosted economy for their own firms
            row("GET", "/api/matchmaking/opportunities/{id}/enterprises",
                    "403 403 403 200 200 403 403 403 403 403 403").given(MatchStage.SUGGESTED),
            row("GET", "/api/matchmaking/funnel",
                    "200 200 200 200 200 200 200 200 200 200 200").given(MatchStage.SUGGESTED),
            // the kit's operator view of parked outbox events: a hosted economy's admin (no such event: 404)
            row("GET", "/api/matchmaking/operator/outbox/parked",
                    "403 403 403 403 403 403 403 403 200 403 403").given(MatchStage.SUGGESTED),
            // the kit's operator status (outbox backlog, consumer lag, dead letters, peers): the same callers
            row("GET", "/api/matchmaking/operator/status",
                    "403 403 403 403 403 403 403 403 200 403 403").given(MatchStage.SUGGESTED),
            row("POST", "/api/matchmaking/operator/outbox/parked/{id}/retry",
                    "403 403 403 403 403 403 403 403 404 403 403").given(MatchStage.SUGGESTED),
            row("DELETE", "/api/matchmaking/operator/outbox/parked/{id}",
                    "403 403 403 403 403 403 403 403 404 403 403").given(MatchStage.SUGGESTED),
            // the kit's parked dead-letter records: the same callers; an unknown record is not found
            row("GET", "/api/matchmaking/operator/parked",
                    "403 403 403 403 403 403 403 403 200 403 403").given(MatchStage.SUGGESTED),
            row("POST", "/api/matchmaking/operator/parked/{topic}/{partition}/{offset}/retry",
                    "403 403 403 403 403 403 403 403 404 403 403").given(MatchStage.SUGGESTED),
            row("POST", "/api/matchmaking/operator/parked/{topic}/{partition}/{offset}/discard",
                    "403 403 403 403 403 403 403 403 404 403 403").given(MatchStage.SUGGESTED));

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
        MATRIX.assertListsExactly(ServedEndpoints.api(mappings));
    }

    @Test
    void everyEndpointTimesEveryActor() {
        MATRIX.verify(mvc, this);
    }

    /** A match at the row's stage (and, for an opportunity's row, a CL opportunity), fresh for every cell. */
    record Fixture(MatchmakingFixtures.Fixture match, String opportunity) {
        String owner() {
            return match.owner();
        }

        String partnerOwner() {
            return match.partnerOwner();
        }
    }

    @Override
    public Fixture fixture(Row row) {
        var match = fixtures.at(row.given(MatchStage.class));
        return new Fixture(match, row.path().contains("/opportunities/")
                ? MatchmakingFixtures.opportunity(opportunities, "CL") : null);
    }

    @Override
    public String path(Row row, Fixture f) {
        String id = f.opportunity() != null ? f.opportunity()
                : row.path().contains("/enterprises/") ? f.match().enterprise() : f.match().matchId();
        return row.path().replace("{topic}", "smenet.none.v1.DLT").replace("{partition}", "0")
                .replace("{offset}", "0").replace("{id}", id);
    }

    @Override
    public void prepare(Row row, Fixture f, MockHttpServletRequestBuilder call) {
        if (row.path().endsWith("/matches")) {
            call.param("enterpriseId", f.match().enterprise());
        }
        if (row.method().equals("POST")) {
            call.header("If-Match", "*");
        }
    }
}

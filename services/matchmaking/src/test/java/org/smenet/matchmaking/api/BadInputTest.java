package org.smenet.matchmaking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.app.Suggestions;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.events.MatchOutbox;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Unknown ids, absurd paging, scores out of range, steps out of order or by the wrong party: 4xx, nothing changed. */
@MatchmakingIntegration
class BadInputTest {

    static final String FP = "org-cl-fp-bad-input";

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

    MockMvc mvc;
    MatchmakingFixtures.Fixture f;

    @BeforeEach
    void setUp() {
        mvc = MatchmakingTestSupport.mockMvc(context);
        MatchmakingTestSupport.designated(context, "CL", FP, FocalPointFunction.ENTERPRISE_COOPERATION);
        f = new MatchmakingFixtures(profiles, matches, outbox, index, suggestions).at(MatchStage.SUGGESTED);
    }

    @Test
    void unknownEnterprisesAndMatchesAreNotFound() throws Exception {
        mvc.perform(get("/api/matchmaking/enterprises/{id}/partners", "no-such-enterprise")
                .with(token("CL", f.owner(), "SME"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/matchmaking/matches/{id}", "mat-none").with(token("CL", f.owner(), "SME")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/matchmaking/matches/{id}/interest", "mat-none").header("If-Match", "*")
                .with(token("CL", f.owner(), "SME"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/matchmaking/matches").param("enterpriseId", "no-such-enterprise")
                .with(token("CL", f.owner(), "SME"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/matchmaking/opportunities/{id}/enterprises", "no-such-opportunity")
                .with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void absurdPagingAndFiltersForAnOpportunityAreRefusedWithTheFieldAtFault() throws Exception {
        String opportunity = MatchmakingFixtures.opportunity(opportunities, "CL");
        String[][] cases = {{"minScore", "101"}, {"minScore", "-1"}, {"page", "-1"}, {"size", "0"}, {"size", "101"},
                {"page", "50"}, {"economy", "Chile"}, {"cooperation", "FRANCHISING"}};
        for (String[] c : cases) {
            var call = get("/api/matchmaking/opportunities/{id}/enterprises", opportunity).param(c[0], c[1])
                    .with(token("CL", FP, "FOCAL_POINT"));
            if (c[0].equals("page")) {
                call.param("size", "100");
            }
            int status = mvc.perform(call).andReturn().getResponse().getStatus();
            assertThat(status).as("%s=%s", c[0], c[1]).isEqualTo(400);
        }
        mvc.perform(get("/api/matchmaking/opportunities/{id}/enterprises", opportunity).param("size", "0")
                .with(token("CL", FP, "FOCAL_POINT"))).andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void absurdPagingScoresAndFiltersAreRefusedWithTheFieldAtFault() throws Exception {
        String[][] cases = {{"minScore", "101"}, {"minScore", "-1"}, {"page", "-1"}, {"size", "0"}, {"size", "101"},
                {"page", "50"}, {"economy", "Chile"}, {"cooperation", "FRANCHISING"}, {"minScore", "lots"}};
        for (String[] c : cases) {
            var call = get("/api/matchmaking/enterprises/{id}/partners", f.enterprise()).param(c[0], c[1])
                    .with(token("CL", f.owner(), "SME"));
            if (c[0].equals("page")) {
                call.param("size", "100");
            }
            int status = mvc.perform(call).andReturn().getResponse().getStatus();
            assertThat(status).as("%s=%s", c[0], c[1]).isEqualTo(400);
        }
        mvc.perform(get("/api/matchmaking/enterprises/{id}/partners", f.enterprise()).param("minScore", "101")
                .with(token("CL", f.owner(), "SME"))).andExpect(jsonPath("$.field").value("minScore"));
        mvc.perform(get("/api/matchmaking/matches").param("enterpriseId", f.enterprise()).param("stage", "MARRIED")
                .with(token("CL", f.owner(), "SME"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/matchmaking/matches").param("enterpriseId", f.enterprise()).param("size", "1000")
                .with(token("CL", f.owner(), "SME"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/matchmaking/matches/{id}", "mat-$where").with(token("CL", f.owner(), "SME")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void stepsOutOfOrderOrByTheWrongPartyChangeNothing() throws Exception {
        var owner = token("CL", f.owner(), "SME");
        mvc.perform(post("/api/matchmaking/matches/{id}/agreement", f.matchId()).header("If-Match", "\"1\"").with(owner))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("agreement-after-introduction"));
        mvc.perform(post("/api/matchmaking/matches/{id}/introduction-request", f.matchId()).header("If-Match", "\"1\"")
                .with(owner)).andExpect(status().isConflict());
        mvc.perform(post("/api/matchmaking/matches/{id}/introduction", f.matchId()).header("If-Match", "\"1\"")
                .with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isConflict());
        mvc.perform(post("/api/matchmaking/matches/{id}/interest", f.matchId()).header("If-Match", "\"1\"")
                .with(token("CL", FP, "FOCAL_POINT"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/matchmaking/matches/{id}/interest", f.matchId()).with(owner))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/matchmaking/matches/{id}/interest", f.matchId()).header("If-Match", "\"7\"").with(owner))
                .andExpect(status().isPreconditionFailed());

        var match = matches.find(f.matchId()).orElseThrow();
        assertThat(match.version()).isEqualTo(1);
        assertThat(match.stage()).isEqualTo(MatchStage.SUGGESTED);
    }
}

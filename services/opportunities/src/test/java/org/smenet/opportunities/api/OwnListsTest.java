package org.smenet.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.opportunityJson;
import static org.smenet.opportunities.OpportunitiesTestSupport.published;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** An SME's own lists, as its pages need them: its opportunities in every status, the interests it expressed. */
@OpportunitiesIntegration
class OwnListsTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
    }

    @Test
    void aPublisherListsItsOwnOpportunitiesInEveryStatusAndNobodyElses() throws Exception {
        String org = unique("org-cl-sme");
        String live = published(context, org, "SELL_OFFER", unique("Live"), "0901", true);
        String draft = JsonPath.read(mvc.perform(post("/api/opportunities/opportunities").with(token("CL", org, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(opportunityJson("BUY_REQUEST", unique("Draft"), false)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        published(context, unique("org-cl-other"), "SELL_OFFER", unique("Other"), "0901", true);

        String mine = mvc.perform(get("/api/opportunities/opportunities").param("mine", "true").with(token("CL", org, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(2))
                .andReturn().getResponse().getContentAsString();
        // newest first
        assertThat(JsonPath.<List<String>>read(mine, "$.items[*].id")).containsExactly(draft, live);
        assertThat(JsonPath.<List<String>>read(mine, "$.items[*].status")).containsExactly("DRAFT", "PUBLISHED");
        mvc.perform(get("/api/opportunities/opportunities").param("mine", "true").param("status", "DRAFT")
                        .with(token("CL", org, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(draft))
                .andExpect(jsonPath("$.totalItems").value(1));
        // the same org name in another economy publishes nothing here
        mvc.perform(get("/api/opportunities/opportunities").param("mine", "true").with(token("PE", org, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void anSmeListsTheInterestsItExpressedWithTheirAnswers() throws Exception {
        String publisher = unique("org-cl-sme");
        String first = published(context, publisher, "SELL_OFFER", unique("First"), "0901", true);
        String second = published(context, publisher, "SELL_OFFER", unique("Second"), "0901", true);
        String buyer = unique("org-pe-buyer");
        for (String id : List.of(first, second)) {
            mvc.perform(post("/api/opportunities/opportunities/{id}/interests", id).with(token("PE", buyer, "SME"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"We import 20 t a year\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/opportunities/opportunities/{id}/interests", first)
                        .with(token("PE", unique("org-pe-else"), "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"me too\"}"))
                .andExpect(status().isCreated());

        String mine = mvc.perform(get("/api/opportunities/interests").with(token("PE", buyer, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(2))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(mine, "$.items[*].opportunityId")).containsExactly(second, first);
        assertThat(JsonPath.<List<String>>read(mine, "$.items[*].status")).containsOnly("OPEN");
        mvc.perform(get("/api/opportunities/interests").with(token("CL", publisher, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
    }
}

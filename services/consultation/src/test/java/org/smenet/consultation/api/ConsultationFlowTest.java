package org.smenet.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.consultation.ConsultationTestSupport.awaitRecords;
import static org.smenet.consultation.ConsultationTestSupport.header;
import static org.smenet.consultation.ConsultationTestSupport.json;
import static org.smenet.consultation.ConsultationTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smenet.consultation.ConsultationIntegration;
import org.smenet.consultation.ConsultationTestSupport;
import org.smenet.consultation.TestClock;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.SizeClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * A whole consultation, from draft to published outcome, on the real broker and store: enterprises
 * known from registry events, the affected ones named when it opens, submissions from two economies and
 * three sizes (plus a chamber and an association), an edit, a moderation, automatic closing at the
 * closing date, summary with exact figures, publication that freezes it.
 */
@ConsultationIntegration
class ConsultationFlowTest {

    static final String BASE = "/api/consultation/consultations";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    @SuppressWarnings("unchecked")
    void draftToPublishedOutcomeWithExactSummary() throws Exception {
        MockMvc mvc = ConsultationTestSupport.mockMvc(context);
        String gov = ConsultationTestSupport.designated(context, "CL", unique("org-cl-gov"), FocalPointKind.GOVERNMENT_AGENCY);
        String chamber = ConsultationTestSupport.designated(context, "CL", unique("org-cl-chamber"), FocalPointKind.APEX_CHAMBER);
        RequestPostProcessor govToken = token("CL", gov, "FOCAL_POINT");

        // enterprises as the registry announced them: grapes (A) and soft drinks (C) in CL, grapes in PE, coffee trade
        String grapesCl = unique("org-cl-grapes");
        String drinksCl = unique("org-cl-drinks");
        String grapesPe = unique("org-pe-grapes");
        String coffeeCl = unique("org-cl-coffee");
        String e1 = ConsultationTestSupport.registeredEnterprise(context, "CL", grapesCl, SizeClass.SMALL, List.of("0121"), List.of("080610"));
        String e2 = ConsultationTestSupport.registeredEnterprise(context, "CL", drinksCl, SizeClass.MICRO, List.of("1104"), List.of("220299"));
        String e3 = ConsultationTestSupport.registeredEnterprise(context, "PE", grapesPe, SizeClass.MEDIUM, List.of("0121"), List.of("080610"));
        String e4 = ConsultationTestSupport.registeredEnterprise(context, "CL", coffeeCl, SizeClass.SMALL, List.of("4630"), List.of("090111"));

        // draft and open, network-wide, on grapes (HS 0806) and beverages (ISIC 11) in CL and PE
        String created = mvc.perform(post(BASE).with(govToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(ConsultationTestSupport.draftBody("NETWORK", clock.instant().plus(Duration.ofDays(1)),
                                List.of("0806"), List.of("11"), List.of("CL", "PE")))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post(BASE + "/" + id + "/opening").with(govToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));

        var affected = awaitRecords(bootstrap, ConsultationEvents.CONSULTATION_TOPIC, r -> id.equals(r.key())
                && ConsultationEvents.AFFECTED_ENTERPRISES_IDENTIFIED.type().equals(header(r, "ce_type")), 1);
        String affectedData = new String(affected.get(0).value(), StandardCharsets.UTF_8);
        List<String> named = JsonPath.read(affectedData, "$.enterprises[*].enterpriseId");
        assertThat(named).contains(e1, e2, e3).doesNotContain(e4);
        List<String> owners = JsonPath.read(affectedData, "$.enterprises[*].ownerOrg");
        assertThat(owners).contains(grapesCl, drinksCl, grapesPe);

        // submissions
        String s1 = submit(mvc, id, token("CL", grapesCl, "SME"), Map.of("answers", List.of(
                Map.of("questionId", "q1", "choices", List.of("YES")),
                Map.of("questionId", "q2", "choices", List.of("CUSTOMS", "SPS")),
                Map.of("questionId", "q3", "scale", 4),
                Map.of("questionId", "q4", "text", "Train customs brokers first.")),
                "comments", List.of(Map.of("section", 2, "text", "ePhyto works."), Map.of("section", 2, "text", "But…")),
                "confidential", false));
        String s2 = submit(mvc, id, token("CL", drinksCl, "SME"), Map.of("answers", List.of(
                Map.of("questionId", "q1", "choices", List.of("NO")),
                Map.of("questionId", "q2", "choices", List.of("CUSTOMS")),
                Map.of("questionId", "q3", "scale", 2)),
                "comments", List.of(Map.of("section", 1, "text", "Scope too wide.")), "confidential", true));
        submit(mvc, id, token("PE", grapesPe, "SME"), Map.of("answers", List.of(
                Map.of("questionId", "q1", "choices", List.of("YES")),
                Map.of("questionId", "q2", "choices", List.of("LOGISTICS")),
                Map.of("questionId", "q3", "scale", 5)),
                "comments", List.of(Map.of("section", 2, "text", "Agreed.")), "confidential", false));
        submit(mvc, id, token("CL", chamber, "FOCAL_POINT"), Map.of("answers", List.of(
                Map.of("questionId", "q1", "choices", List.of("YES")),
                Map.of("questionId", "q3", "scale", 4)),
                "comments", List.of(Map.of("section", 3, "text", "Fallback needed.")), "confidential", false));
        String association = unique("org-cl-association");
        String s5 = submit(mvc, id, token("CL", association, "SME"), Map.of("answers", List.of(
                Map.of("questionId", "q1", "choices", List.of("UNSURE"))),
                "comments", List.of(Map.of("section", 3, "text", "Spam spam spam.")), "confidential", false));

        // a second submission by the same organisation is refused
        mvc.perform(post(BASE + "/" + id + "/submissions").with(token("CL", grapesCl, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("answers", List.of()))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://smenet.org/problems/already-submitted"));

        // the confidential one is edited (If-Match), a stale tag is refused
        Map<String, Object> edited = Map.of("answers", List.of(
                Map.of("questionId", "q1", "choices", List.of("NO")),
                Map.of("questionId", "q2", "choices", List.of("CUSTOMS")),
                Map.of("questionId", "q3", "scale", 1)),
                "comments", List.of(Map.of("section", 1, "text", "Scope too wide.")), "confidential", true);
        mvc.perform(put(BASE + "/" + id + "/submissions/" + s2).with(token("CL", drinksCl, "SME")).header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).content(json(edited))).andExpect(status().isPreconditionFailed());
        mvc.perform(put(BASE + "/" + id + "/submissions/" + s2).with(token("CL", drinksCl, "SME")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json(edited)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answers[2].scale").value(1))
                .andExpect(jsonPath("$.respondentKind").value("ENTERPRISE"))
                .andExpect(jsonPath("$.sector").value("C")).andExpect(jsonPath("$.size").value("MICRO"));

        // moderation: the association's submission is hidden with a reason, never deleted
        mvc.perform(post(BASE + "/" + id + "/submissions/" + s5 + "/hiding").with(govToken)
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Off-topic advertising"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(true));
        mvc.perform(get(BASE + "/" + id + "/submissions/" + s5).with(token("CL", association, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hiddenReason").value("Off-topic advertising"))
                .andExpect(jsonPath("$.respondentKind").value("BUSINESS_ASSOCIATION"));

        // confidential: only its author and the opening focal point read it
        mvc.perform(get(BASE + "/" + id + "/submissions/" + s2).with(token("PE", grapesPe, "SME"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id + "/submissions/" + s2).with(govToken)).andExpect(status().isOk());
        mvc.perform(get(BASE + "/" + id + "/submissions").with(token("PE", grapesPe, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(3)); // s1, chamber's, its own
        mvc.perform(get(BASE + "/" + id + "/submissions").with(govToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(5));

        // before publication only the opening focal point reads the summary (generated on demand)
        mvc.perform(get(BASE + "/" + id + "/summary").with(token("CL", grapesCl, "SME"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/summary").with(govToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.submissions").value(4)).andExpect(jsonPath("$.frozen").value(false));

        // the closing date passes: the service closes it by itself, and takes nothing more
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get(BASE + "/" + id).with(govToken)).andExpect(jsonPath("$.status").value("CLOSED")));
        awaitRecords(bootstrap, ConsultationEvents.CONSULTATION_TOPIC, r -> id.equals(r.key())
                && ConsultationEvents.CONSULTATION_CLOSED.type().equals(header(r, "ce_type")), 1);
        mvc.perform(post(BASE + "/" + id + "/submissions").with(token("CL", coffeeCl, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("answers", List.of()))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://smenet.org/problems/consultation-not-open"));
        mvc.perform(put(BASE + "/" + id + "/submissions/" + s1).with(token("CL", grapesCl, "SME")).header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("answers", List.of()))))
                .andExpect(status().isConflict());

        // summarise, publish: the summary is frozen
        mvc.perform(post(BASE + "/" + id + "/summary").with(govToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("outcome", "ePhyto from 2027 with a paper fallback for micro exporters."))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUMMARISED"));
        mvc.perform(post(BASE + "/" + id + "/publication").with(govToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post(BASE + "/" + id + "/summary").with(govToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("outcome", "rewritten"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://smenet.org/problems/summary-frozen"));

        String summary = mvc.perform(get(BASE + "/" + id + "/summary").with(token("PE", grapesPe, "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frozen").value(true))
                .andExpect(jsonPath("$.submissions").value(4))
                // q1: YES 3 of 4, NO 1 (the edit), UNSURE only from the hidden one → 0
                .andExpect(jsonPath("$.questions[0].answered").value(4))
                .andExpect(jsonPath("$.questions[0].answers[0].answer").value("YES"))
                .andExpect(jsonPath("$.questions[0].answers[0].count").value(3))
                .andExpect(jsonPath("$.questions[0].answers[0].share").value(0.75))
                .andExpect(jsonPath("$.questions[0].answers[1].count").value(1))
                .andExpect(jsonPath("$.questions[0].answers[1].share").value(0.25))
                .andExpect(jsonPath("$.questions[0].answers[2].count").value(0))
                .andExpect(jsonPath("$.questions[0].answers[2].share").value(0.0))
                // q2 (multiple): 3 answered; CUSTOMS 2, SPS 1, LOGISTICS 1
                .andExpect(jsonPath("$.questions[1].answered").value(3))
                .andExpect(jsonPath("$.questions[1].answers[0].count").value(2))
                .andExpect(jsonPath("$.questions[1].answers[0].share").value(0.6667))
                .andExpect(jsonPath("$.questions[1].answers[1].share").value(0.3333))
                // q3 (scale): 1 ×1, 4 ×2, 5 ×1
                .andExpect(jsonPath("$.questions[2].answered").value(4))
                .andExpect(jsonPath("$.questions[2].answers[3].share").value(0.5))
                // q4 (free text): counted as answered only
                .andExpect(jsonPath("$.questions[3].answered").value(1))
                .andExpect(jsonPath("$.questions[3].answers").isEmpty())
                // section 2: three comments; 1 and 3 one each (the hidden one's comment does not count)
                .andReturn().getResponse().getContentAsString();
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.respondents.bySector")).isEqualTo(Map.of("A", 2, "C", 1, "UNKNOWN", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.respondents.byEconomy")).isEqualTo(Map.of("CL", 3, "PE", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.respondents.bySize")).isEqualTo(Map.of("SMALL", 1, "MICRO", 1, "MEDIUM", 1, "UNKNOWN", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.questions[0].answers[0].breakdown.bySector")).isEqualTo(Map.of("A", 2, "UNKNOWN", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.questions[0].answers[0].breakdown.byEconomy")).isEqualTo(Map.of("CL", 2, "PE", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.questions[0].answers[0].breakdown.bySize")).isEqualTo(Map.of("SMALL", 1, "MEDIUM", 1, "UNKNOWN", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.questions[0].answers[1].breakdown.bySize")).isEqualTo(Map.of("MICRO", 1));
        assertThat((Map<String, Object>) JsonPath.read(summary, "$.questions[1].answers[2].breakdown.byEconomy")).isEqualTo(Map.of("PE", 1));
        assertThat((List<Object>) JsonPath.read(summary, "$.questions[2].answers[*].count")).isEqualTo(List.of(1, 0, 0, 2, 1));
        assertThat((List<Object>) JsonPath.read(summary, "$.mostCommentedSections[*].section")).isEqualTo(List.of(2, 1, 3));
        assertThat((List<Object>) JsonPath.read(summary, "$.mostCommentedSections[*].comments")).isEqualTo(List.of(3, 1, 1));
        String again = mvc.perform(get(BASE + "/" + id + "/summary").with(govToken)).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(again, "$.generatedAt")).isEqualTo(JsonPath.read(summary, "$.generatedAt"));

        String csv = mvc.perform(get(BASE + "/" + id + "/summary").with(govToken).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).contains("questionId,question,answer,dimension,group,count,share",
                "q1,Do you support the reform?,YES,all,all,3,0.75",
                "q1,Do you support the reform?,YES,economy,PE,1,",
                "q2,Where do delays arise?,CUSTOMS,all,all,2,0.6667",
                ",section 2: Electronic certificates,,comments,2,3,");

        // the outcome reaches the network on the public topic
        var published = awaitRecords(bootstrap, ConsultationEvents.PUBLIC_CONSULTATION_TOPIC, r -> id.equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"status\":\"PUBLISHED\""), 1);
        assertThat(new String(published.get(0).value(), StandardCharsets.UTF_8))
                .contains("paper fallback for micro exporters").doesNotContain(grapesCl);
    }

    private static String submit(MockMvc mvc, String id, RequestPostProcessor who, Map<String, Object> body)
            throws Exception {
        MockHttpServletRequestBuilder call = post(BASE + "/" + id + "/submissions").with(who)
                .contentType(MediaType.APPLICATION_JSON).content(json(body));
        String response = mvc.perform(call).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }
}

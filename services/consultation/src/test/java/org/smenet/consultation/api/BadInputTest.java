package org.smenet.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.consultation.ConsultationTestSupport.json;
import static org.smenet.consultation.ConsultationTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.consultation.ConsultationIntegration;
import org.smenet.consultation.ConsultationTestSupport;
import org.smenet.consultation.TestClock;
import org.smenet.consultation.app.ConsultationService;
import org.smenet.consultation.app.SubmissionRequest;
import org.smenet.consultation.app.SubmissionService;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.store.ConsultationStore;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** Bad input gets an RFC 9457 problem naming the field or rule at fault, and changes nothing. */
@ConsultationIntegration
class BadInputTest {

    static final String BASE = "/api/consultation/consultations";
    static final String GOV = "org-cl-gov-bad";
    static final String OTHER_GOV = "org-cl-gov-bad-other";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    SubmissionService submissions;
    @Autowired
    ConsultationStore consultationStore;
    @Autowired
    SubmissionStore submissionStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    MockMvc mvc;
    Actor gov = new Actor("t", "CL", GOV, Set.of(Role.FOCAL_POINT));

    @BeforeEach
    void setUp() {
        mvc = ConsultationTestSupport.mockMvc(context);
        ConsultationTestSupport.designated(context, "CL", GOV, FocalPointKind.GOVERNMENT_AGENCY);
        ConsultationTestSupport.designated(context, "CL", OTHER_GOV, FocalPointKind.GOVERNMENT_AGENCY);
    }

    private Consultation open() {
        Consultation draft = consultations.draft(gov, AuthorizationMatrixTest.draft(clock.instant().plus(Duration.ofDays(30))));
        return consultations.open(gov, draft.id());
    }

    private String sme() {
        return unique("org-cl-sme-bad");
    }

    /** Runs the call and checks the problem; no document of either collection changes. */
    private ResultActions refused(MockHttpServletRequestBuilder call, int status, String kind, String field) throws Exception {
        long consultationsBefore = mongo.count(new Query(), ConsultationStore.COLLECTION);
        long submissionsBefore = mongo.count(new Query(), SubmissionStore.COLLECTION);
        ResultActions result = mvc.perform(call).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/" + kind));
        if (field != null) {
            result.andExpect(jsonPath("$.field").value(field));
        }
        assertThat(mongo.count(new Query(), ConsultationStore.COLLECTION)).isEqualTo(consultationsBefore);
        assertThat(mongo.count(new Query(), SubmissionStore.COLLECTION)).isEqualTo(submissionsBefore);
        return result;
    }

    private MockHttpServletRequestBuilder submission(String consultationId, String org, Object body) {
        return post(BASE + "/" + consultationId + "/submissions").with(token("CL", org, "SME"))
                .contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    @Test
    void answersToQuestionsThatDoNotExistAreRefused() throws Exception {
        Consultation c = open();
        refused(submission(c.id(), sme(), Map.of("answers", List.of(Map.of("questionId", "q9", "choices", List.of("YES"))))),
                400, "invalid-field", "answers[0].questionId");
    }

    @Test
    void aChoiceOutsideTheOptionsIsRefused() throws Exception {
        Consultation c = open();
        refused(submission(c.id(), sme(), Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("MAYBE"))))),
                400, "invalid-field", "answers[0].choices");
        refused(submission(c.id(), sme(), Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("YES", "NO"))))),
                400, "invalid-field", "answers[0].choices");
        refused(submission(c.id(), sme(), Map.of("answers", List.of(Map.of("questionId", "q1", "scale", 3)))),
                400, "invalid-field", "answers[0].choices");
        refused(submission(c.id(), sme(), Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("YES"))),
                "comments", List.of(Map.of("section", 7, "text", "nowhere")))), 400, "invalid-field", "comments[0].section");
    }

    @Test
    void aSecondSubmissionBySameOrganisationIsRefused() throws Exception {
        Consultation c = open();
        String org = sme();
        submissions.submit(new Actor("t", "CL", org, Set.of(Role.SME)), c.id(), new SubmissionRequest(
                List.of(new SubmissionRequest.AnswerRequest("q1", null, List.of("YES"), null)), List.of(), false));
        refused(submission(c.id(), org, Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("NO"))))),
                409, "already-submitted", "respondentOrg");
    }

    @Test
    void submittingAfterClosingIsRefused() throws Exception {
        Consultation c = open();
        consultationStore.update(c.close(), List.of());
        refused(submission(c.id(), sme(), Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("NO"))))),
                409, "consultation-not-open", null);
    }

    @Test
    void editingAPublishedSummaryIsRefused() throws Exception {
        Consultation c = open();
        consultationStore.update(c.close(), List.of());
        consultations.summarise(gov, c.id(), "Outcome");
        Consultation published = consultations.publish(gov, c.id());
        refused(post(BASE + "/" + c.id() + "/summary").with(token("CL", GOV, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("outcome", "Rewritten"))), 409, "summary-frozen", null);
        Consultation stored = consultationStore.find(c.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(published.version());
        assertThat(stored.outcome()).isEqualTo("Outcome");
    }

    @Test
    void moderationBySomeoneElsesFocalPointIsRefused() throws Exception {
        Consultation c = open();
        Submission s = submissions.submit(new Actor("t", "CL", sme(), Set.of(Role.SME)), c.id(), new SubmissionRequest(
                List.of(new SubmissionRequest.AnswerRequest("q1", null, List.of("YES"), null)), List.of(), false));
        refused(post(BASE + "/" + c.id() + "/submissions/" + s.id() + "/hiding").with(token("CL", OTHER_GOV, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "I dislike it"))),
                403, "not-the-opening-focal-point", null);
        assertThat(submissionStore.find(s.id()).orElseThrow().hidden()).isFalse();
        refused(post(BASE + "/" + c.id() + "/submissions/" + s.id() + "/hiding").with(token("CL", GOV, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", " "))), 400, "invalid-field", null);
    }

    @Test
    void malformedDraftsAreRefused() throws Exception {
        Map<String, Object> good = ConsultationTestSupport.draftBody("OWN_ECONOMY", clock.instant().plus(Duration.ofDays(3)),
                List.of("0806"), List.of("11"), List.of("CL"));
        refused(draft(with(good, "policyArea", "AGRICULTURE")), 400, "invalid-field", "policyArea");
        refused(draft(with(good, "hsCodes", List.of("121599"))), 400, "invalid-field", "hsCodes[0]");
        refused(draft(with(good, "isicCodes", List.of("C1010"))), 400, "invalid-field", null);
        refused(draft(with(good, "economiesConcerned", List.of("FR"))), 400, "invalid-field", "economiesConcerned[0]");
        refused(draft(with(good, "closesAt", clock.instant().minus(Duration.ofDays(1)).toString())), 400, "invalid-field", "closesAt");
        refused(draft(with(good, "sections", List.of(Map.of("number", 2, "heading", "Two")))), 400, "invalid-field", "sections[0].number");
        refused(draft(with(good, "questions", List.of(Map.of("id", "q1", "kind", "SINGLE_CHOICE", "text", "One?",
                "options", List.of("ONLY"))))), 400, "invalid-field", "questions[0].options");
        refused(draft(with(good, "questions", List.of(Map.of("id", "q1", "kind", "FREE_TEXT", "text", "A"),
                Map.of("id", "q1", "kind", "FREE_TEXT", "text", "B")))), 400, "invalid-field", "questions[1].id");
        refused(post(BASE).with(token("CL", GOV, "FOCAL_POINT")).contentType(MediaType.APPLICATION_JSON).content("{\"title\":"),
                400, "malformed-json", null);
    }

    @Test
    void updatesNeedIfMatch() throws Exception {
        Consultation draft = consultations.draft(gov, AuthorizationMatrixTest.draft(clock.instant().plus(Duration.ofDays(30))));
        Map<String, Object> body = ConsultationTestSupport.draftBody("OWN_ECONOMY", clock.instant().plus(Duration.ofDays(3)),
                List.of(), List.of(), List.of());
        refused(put(BASE + "/" + draft.id()).with(token("CL", GOV, "FOCAL_POINT")).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)), 428, "precondition-required", "If-Match");
        refused(put(BASE + "/" + draft.id()).with(token("CL", GOV, "FOCAL_POINT")).header("If-Match", "\"9\"")
                .contentType(MediaType.APPLICATION_JSON).content(json(body)), 412, "stale-version", "If-Match");
        mvc.perform(put(BASE + "/" + draft.id()).with(token("CL", GOV, "FOCAL_POINT")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .header().string("ETag", "\"2\""));
    }

    private MockHttpServletRequestBuilder draft(Map<String, Object> body) {
        return post(BASE).with(token("CL", GOV, "FOCAL_POINT")).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}

package org.smenet.training.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
import static org.smenet.training.TrainingTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.smenet.training.store.CourseStore;
import org.smenet.training.store.SessionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** Bad input gets a 4xx problem naming the field or rule, and nothing changes. */
@TrainingIntegration
class BadInputTest {

    static final String FP = "org-cl-fp-bad";

    @Autowired
    WebApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SessionStore sessions;

    MockMvc mvc;
    Actor provider;
    String owner;
    String enterprise;

    @BeforeEach
    void setUp() {
        mvc = TrainingTestSupport.mockMvc(context);
        TrainingTestSupport.designated(context, "CL", FP, FocalPointFunction.TRAINING);
        provider = TrainingTestSupport.provider("CL", FP);
        owner = unique("org-cl-sme");
        enterprise = TrainingTestSupport.enterprise(context, "CL", owner,
                TrainingTestSupport.profile(List.of("1079"), List.of("090111"), List.of(), List.of()));
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

    private ResultActions postCourse(String json) throws Exception {
        return mvc.perform(post("/api/training/courses").with(token("CL", FP, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions sessionCall(String sessionId, String action, String org, String role, String enterpriseId)
            throws Exception {
        return mvc.perform(post("/api/training/sessions/" + sessionId + "/" + action).with(token("CL", org, role))
                .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterpriseId + "\"}"));
    }

    private long coursesByProvider() {
        return mongo.count(Query.query(Criteria.where("providerOrg").is(FP).and("title").regex("^Bad")),
                CourseStore.COLLECTION);
    }

    private static String course(String title) {
        return TrainingFlowTest.courseJson(false).replace("SPS requirements for fresh fruit exports", title);
    }

    @Test
    void badCoursesAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        problem(postCourse("{\"title\": \"Bad\", \"summary\": "), 400, "malformed-json", null);
        problem(postCourse(course("Bad topic").replace("SANITARY_AND_PHYTOSANITARY", "COOKING")), 400, "invalid-field",
                "topic");
        problem(postCourse(course("Bad HS").replace("[\"0810\"]", "[\"0810\",\"0999\"]")), 400, "invalid-field",
                "hsCodes[1]");
        problem(postCourse(course("Bad ISIC").replace("[\"0124\"]", "[\"9999\"]")), 400, "invalid-field", "isicCodes[0]");
        problem(postCourse(course("Bad place").replace("\"location\":\"Talca\",", "")), 400, "invalid-field", "location");
        problem(postCourse(course("Bad validity").replace("P3Y", "three years")), 400, "invalid-field",
                "certificateValidity");
        problem(postCourse(course("Bad language").replace("\"es\"", "\"Spanish\"")), 400, "invalid-field", "language");
        problem(postCourse(course("Bad").replace("\"title\":\"Bad\"", "\"title\":\"" + "A".repeat(301) + "\"")), 400,
                "invalid-field", "title");
        assertThat(coursesByProvider()).isZero();
    }

    @Test
    void sessionDatesMustHoldTogether() throws Exception {
        Course course = TrainingTestSupport.course(context, provider, "Dates", CourseTopic.LOGISTICS, List.of(), null, null);
        Instant now = Instant.now();
        String json = """
                {"startsAt":"%s","endsAt":"%s","enrolmentDeadline":"%s","capacity":%d}""";
        problem(mvc.perform(post("/api/training/courses/" + course.id() + "/sessions").with(token("CL", FP, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json.formatted(now.plus(Duration.ofDays(5)),
                        now.plus(Duration.ofDays(4)), now.plus(Duration.ofDays(1)), 10))), 400, "invalid-field", "endsAt");
        problem(mvc.perform(post("/api/training/courses/" + course.id() + "/sessions").with(token("CL", FP, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json.formatted(now.plus(Duration.ofDays(5)),
                        now.plus(Duration.ofDays(6)), now.minus(Duration.ofDays(1)), 10))), 400, "invalid-field",
                "enrolmentDeadline");
        problem(mvc.perform(post("/api/training/courses/" + course.id() + "/sessions").with(token("CL", FP, "FOCAL_POINT"))
                .contentType(MediaType.APPLICATION_JSON).content(json.formatted(now.plus(Duration.ofDays(5)),
                        now.plus(Duration.ofDays(6)), now.plus(Duration.ofDays(1)), 0))), 400, "invalid-field", "capacity");
        assertThat(sessions.ofCourse(course.id())).isEmpty();
    }

    @Test
    void enrollingTwicePastTheDeadlineOrInAFullSessionChangesNothing() throws Exception {
        Course course = TrainingTestSupport.course(context, provider, "Seats", CourseTopic.LOGISTICS, List.of(), null, null);
        Session full = TrainingTestSupport.session(context, provider, course.id(), 1, false);
        sessionCall(full.id(), "enrolments", owner, "SME", enterprise).andExpect(status().isCreated());
        problem(sessionCall(full.id(), "enrolments", owner, "SME", enterprise), 409, "already-enrolled", null);
        String other = unique("org-cl-sme");
        String otherEnterprise = TrainingTestSupport.enterprise(context, "CL", other,
                TrainingTestSupport.profile(List.of("1079"), List.of(), List.of(), List.of()));
        problem(sessionCall(full.id(), "enrolments", other, "SME", otherEnterprise), 409, "session-full", null);
        assertThat(sessions.find(full.id()).orElseThrow().version()).isEqualTo(2);

        // a session whose enrolment closed yesterday (stored as it would be a day after its deadline)
        Instant now = Instant.now();
        Session closed = new Session(unique("ses"), 1, "CL", course.id(), FP, now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)), 10, true, null, List.of(), List.of(),
                now.minus(Duration.ofDays(10)), List.of());
        sessions.insert(closed, List.of());
        problem(sessionCall(closed.id(), "enrolments", other, "SME", otherEnterprise), 409, "enrolment-closed", null);
        assertThat(sessions.find(closed.id()).orElseThrow().version()).isEqualTo(1);

        problem(sessionCall(full.id(), "enrolments", owner, "SME", "no-such-enterprise"), 404, "not-found", null);
        problem(sessionCall("no-such-session", "enrolments", owner, "SME", enterprise), 404, "not-found", null);
        problem(sessionCall(full.id(), "enrolments", owner, "SME", "{\\\"$ne\\\":1}"), 400, "invalid-field", "enterpriseId");
    }

    @Test
    void completingOrRecordingSomeoneWhoNeverEnrolledIsRefused() throws Exception {
        Course course = TrainingTestSupport.course(context, provider, "Completion", CourseTopic.INSURANCE, List.of(), null,
                null);
        Session session = TrainingTestSupport.session(context, provider, course.id(), 1, true);
        String waiting = unique("org-cl-sme");
        String waitingEnterprise = TrainingTestSupport.enterprise(context, "CL", waiting,
                TrainingTestSupport.profile(List.of("1079"), List.of(), List.of(), List.of()));
        sessionCall(session.id(), "enrolments", owner, "SME", enterprise).andExpect(status().isCreated());
        sessionCall(session.id(), "enrolments", waiting, "SME", waitingEnterprise).andExpect(status().isCreated());
        long version = sessions.find(session.id()).orElseThrow().version();

        problem(sessionCall(session.id(), "completions", FP, "FOCAL_POINT", "ent-never-enrolled"), 409, "not-enrolled", null);
        problem(sessionCall(session.id(), "completions", FP, "FOCAL_POINT", waitingEnterprise), 409, "not-enrolled", null);
        problem(sessionCall(session.id(), "attendance", FP, "FOCAL_POINT", "ent-never-enrolled"), 409, "not-enrolled", null);
        problem(sessionCall(session.id(), "cancellations", other(), "SME", enterprise), 403, "forbidden", null);
        assertThat(sessions.find(session.id()).orElseThrow().version()).isEqualTo(version);
        assertThat(mongo.count(Query.query(Criteria.where("sessionId").is(session.id())), "certificates")).isZero();
    }

    @Test
    void verificationNeedsExactlyOneOfIdOrCredential() throws Exception {
        problem(mvc.perform(get("/api/training/verifications")), 400, "invalid-field", "certificate");
        problem(mvc.perform(get("/api/training/verifications").param("certificate", "x").param("credential", "y")),
                400, "invalid-field", "credential");
        problem(mvc.perform(post("/api/training/verifications").contentType(MediaType.APPLICATION_JSON).content("{}")),
                400, "invalid-field", "credential");
        problem(mvc.perform(get("/api/training/status-lists/abc")), 400, "invalid-field", null);
    }

    private String other() {
        String org = unique("org-cl-sme");
        new Actor("t", "CL", org, Set.of(Role.SME));
        return org;
    }
}

package org.smenet.training.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
import static org.smenet.training.TrainingTestSupport.awaitRecords;
import static org.smenet.training.TrainingTestSupport.header;
import static org.smenet.training.TrainingTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.training.CourseLevel;
import org.smenet.contracts.training.CoursePublished;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.Delivery;
import org.smenet.contracts.training.EnrolmentRequestAnswered;
import org.smenet.contracts.training.EnrolmentRequested;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.security.Actor;
import org.smenet.testsupport.PeerRecords;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.smenet.training.app.CertificateService;
import org.smenet.training.app.CourseRequest;
import org.smenet.training.app.CourseService;
import org.smenet.training.app.RequestedEnrolments;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.smenet.training.store.SessionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cross-border enrolment through events only (this node hosts CL and PE; TH and VN are peers whose records
 * arrive through {@link PeerRecords}): a Thai SME's request takes a seat of CL's online course once (a replay
 * changes nothing), the next one waits; unknown, in-person and full courses are answered rejected; a record
 * whose economy is not its peer's is dead-lettered; the certificate CL issues the Thai enterprise verifies
 * publicly; and this node's SMEs ask a peer's course and see its answer.
 */
@TrainingIntegration
class CrossBorderEnrolmentTest {

    static final String NETWORK = "/api/training/network/courses/";

    @Autowired
    WebApplicationContext context;
    @Autowired
    CourseService courses;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionStore sessionStore;
    @Autowired
    CertificateService certificates;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    Actor provider;

    @BeforeEach
    void setUp() {
        mvc = TrainingTestSupport.mockMvc(context);
        String fp = TrainingTestSupport.designated(context, "CL", unique("org-cl-fp"), FocalPointFunction.TRAINING);
        provider = TrainingTestSupport.provider("CL", fp);
    }

    @Test
    void aThaiSmeTakesASeatOnceTheNextOneWaitsAndTheCertificateVerifiesPublicly() throws Exception {
        Course course = course(Delivery.ONLINE, null);
        Session session = TrainingTestSupport.session(context, provider, course.id(), 1, true);
        String requestId = unique("req-th");
        String enterprise = unique("ent-th");
        EventEnvelope first = request("TH", requestId, 1, new EnrolmentRequested(requestId, "TH", "CL", course.id(),
                enterprise, "org-th-siam", Instant.now()));

        PeerRecords.send(bootstrap, "TH", first, TrainingEvents.ENROLMENT_REQUEST_TOPIC);
        var answer = answers(requestId, 1).get(0);
        assertThat(header(answer, "ce_type")).isEqualTo(TrainingEvents.ENROLMENT_REQUEST_ACCEPTED.type());
        assertThat(field(answer, "$.status")).isEqualTo("ENROLLED");
        assertThat(field(answer, "$.sessionId")).isEqualTo(session.id());
        assertThat(field(answer, "$.requestEventId")).isEqualTo(first.id());

        // MirrorMaker redelivers the same record; then a version 2 of the same request (same key, same
        // partition: once it is answered, the replay before it was handled too)
        PeerRecords.send(bootstrap, "TH", first, TrainingEvents.ENROLMENT_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "TH", request("TH", requestId, 2, new EnrolmentRequested(requestId, "TH", "CL",
                course.id(), enterprise, "org-th-siam", Instant.now())), TrainingEvents.ENROLMENT_REQUEST_TOPIC);
        var both = answers(requestId, 2);
        assertThat(both).extracting(r -> field(r, "$.status")).containsExactly("ENROLLED", "REJECTED");
        assertThat(field(both.get(1), "$.reason")).isEqualTo("already-enrolled");
        Session stored = sessions.get(session.id());
        assertThat(stored.seats()).extracting(Session.Seat::enterpriseId).containsExactly(enterprise);
        assertThat(stored.seats().get(0).economy()).isEqualTo("TH");
        assertThat(stored.requests()).containsExactly(RequestedEnrolments.requestKey("TH", requestId, 1));

        // capacity holds across borders: the next one waits
        String second = unique("req-th");
        PeerRecords.send(bootstrap, "TH", request("TH", second, 1, new EnrolmentRequested(second, "TH", "CL",
                course.id(), unique("ent-th"), "org-th-other", Instant.now())), TrainingEvents.ENROLMENT_REQUEST_TOPIC);
        assertThat(field(answers(second, 1).get(0), "$.status")).isEqualTo("WAITLISTED");

        // the course's node issues the certificate; anyone verifies it with the existing public verification
        Certificate certificate = certificates.complete(provider, session.id(), enterprise);
        mvc.perform(get("/api/training/verifications").param("certificate", certificate.id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("VALID"));
        mvc.perform(get("/api/training/verifications").param("credential", certificate.credential()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("VALID"));
        assertThat(SignedJWT.parse(certificate.credential()).getJWTClaimsSet().getSubject())
                .isEqualTo("urn:smenet:enterprise:TH:" + enterprise);
    }

    @Test
    void requestsToUnknownInPersonFullOrSessionlessCoursesAreAnsweredRejected() throws Exception {
        Course inPerson = course(Delivery.HYBRID, "Santiago");
        TrainingTestSupport.session(context, provider, inPerson.id(), 5, true);
        Course full = course(Delivery.ONLINE, null);
        Session fullSession = TrainingTestSupport.session(context, provider, full.id(), 1, false);
        String local = TrainingTestSupport.enterprise(context, "CL", "org-cl-first",
                TrainingTestSupport.profile(List.of("4791"), List.of(), List.of(), List.of()));
        sessions.enrol(new Actor("t", "CL", "org-cl-first", java.util.Set.of(org.smenet.kit.security.Role.SME)),
                fullSession.id(), local);
        Course sessionless = course(Delivery.ONLINE, null);

        String toUnknown = send("no-such-course");
        String toInPerson = send(inPerson.id());
        String toFull = send(full.id());
        String toSessionless = send(sessionless.id());

        assertRejected(toUnknown, "unknown-course");
        assertRejected(toInPerson, "not-online");
        assertRejected(toFull, "session-full");
        assertRejected(toSessionless, "no-open-session");
        assertThat(sessions.get(fullSession.id()).seats()).hasSize(1);
    }

    @Test
    void aRequestWhoseEconomyIsNotItsPeersIsDeadLetteredAndChangesNothing() throws Exception {
        Course course = course(Delivery.ONLINE, null);
        Session session = TrainingTestSupport.session(context, provider, course.id(), 5, true);
        String forged = unique("req-vn");
        PeerRecords.send(bootstrap, "TH", request("VN", forged, 1, new EnrolmentRequested(forged, "VN", "CL",
                course.id(), unique("ent-vn"), "org-vn", Instant.now())), TrainingEvents.ENROLMENT_REQUEST_TOPIC);

        var dead = awaitRecords(bootstrap, "TH." + TrainingEvents.ENROLMENT_REQUEST_TOPIC + ".DLT",
                r -> forged.equals(r.key()), 1);
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("economy-not-of-peer");
        assertThat(sessions.get(session.id()).seats()).isEmpty();
    }

    @Test
    void anSmeOfThisNodeAsksForAPeersOnlineCourseAndSeesTheAnswer() throws Exception {
        String owner = unique("org-pe-sme");
        String enterprise = TrainingTestSupport.enterprise(context, "PE", owner,
                TrainingTestSupport.profile(List.of("4791"), List.of(), List.of(), List.of()));
        String online = "vn-" + UUID.randomUUID();
        String inPerson = "vn-" + UUID.randomUUID();
        listed("VN", online, Delivery.ONLINE, null);
        listed("VN", inPerson, Delivery.IN_PERSON, "Ha Noi");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            mvc.perform(get(NETWORK + online).with(token("PE", owner, "SME"))).andExpect(status().isOk());
            mvc.perform(get(NETWORK + inPerson).with(token("PE", owner, "SME"))).andExpect(status().isOk());
        });

        mvc.perform(post(NETWORK + inPerson + "/enrolments").with(token("PE", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterprise + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/not-online"));
        String made = mvc.perform(post(NETWORK + online + "/enrolments").with(token("PE", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterprise + "\"}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(made, "$.id");
        mvc.perform(post(NETWORK + online + "/enrolments").with(token("PE", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterprise + "\"}"))
                .andExpect(status().isConflict());

        var sent = awaitRecords(bootstrap, TrainingEvents.ENROLMENT_REQUEST_TOPIC, r -> requestId.equals(r.key()), 1);
        assertThat(header(sent.get(0), "ce_economy")).isEqualTo("PE");
        assertThat(field(sent.get(0), "$.targetEconomy")).isEqualTo("VN");
        assertThat(field(sent.get(0), "$.enterpriseId")).isEqualTo(enterprise);

        // Viet Nam's node answers: a waitlist place in its session
        PeerRecords.send(bootstrap, "VN", envelope("VN", TrainingEvents.ENROLMENT_REQUEST_ACCEPTED, requestId, 1,
                new EnrolmentRequestAnswered(requestId, "VN", "PE", 1, header(sent.get(0), "ce_id"), online, enterprise,
                        EnrolmentRequestAnswered.WAITLISTED, "ses-vn-1", null, null, Instant.now())),
                TrainingEvents.ENROLMENT_ANSWER_TOPIC);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(NETWORK + online + "/enrolments/" + requestId).with(token("PE", owner, "SME")))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WAITLISTED"))
                        .andExpect(jsonPath("$.sessionId").value("ses-vn-1")));
        mvc.perform(get(NETWORK + online + "/enrolments/" + requestId).with(token("PE", unique("org-pe"), "SME")))
                .andExpect(status().isNotFound());
        // its training page lists its requests with the course's title; nobody else's
        mvc.perform(get("/api/training/network/enrolments").with(token("PE", owner, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].request.id").value(requestId))
                .andExpect(jsonPath("$.items[0].request.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.items[0].courseTitle").value("Rice exports"));
        mvc.perform(get("/api/training/network/enrolments").with(token("PE", unique("org-pe"), "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
    }

    private Course course(Delivery delivery, String location) {
        return courses.publish(provider, new CourseRequest("Selling online to " + unique("asia"), "Cross-border",
                CourseTopic.E_COMMERCE, CourseLevel.INTRODUCTORY, "en", delivery, location, List.of(), List.of(),
                List.of(), null, null, true));
    }

    private void listed(String economy, String id, Delivery delivery, String location) {
        PeerRecords.send(bootstrap, economy, envelope(economy, TrainingEvents.PUBLIC_COURSE_LISTED, id, 1,
                new CoursePublished(id, economy, "org-vn-fp", "Rice exports", "", CourseTopic.EXPORT_READINESS,
                        CourseLevel.INTRODUCTORY, "vi", delivery, location, List.of(), List.of(), List.of(), null, true,
                        Instant.now())), TrainingEvents.PUBLIC_COURSE_TOPIC);
    }

    private String send(String courseId) {
        String requestId = unique("req-th");
        PeerRecords.send(bootstrap, "TH", request("TH", requestId, 1, new EnrolmentRequested(requestId, "TH", "CL",
                courseId, unique("ent-th"), "org-th-x", Instant.now())), TrainingEvents.ENROLMENT_REQUEST_TOPIC);
        return requestId;
    }

    private void assertRejected(String requestId, String reason) {
        var answer = answers(requestId, 1).get(0);
        assertThat(header(answer, "ce_type")).isEqualTo(TrainingEvents.ENROLMENT_REQUEST_REJECTED.type());
        assertThat(field(answer, "$.reason")).isEqualTo(reason);
    }

    private List<ConsumerRecord<String, byte[]>> answers(String requestId, int wanted) {
        return awaitRecords(bootstrap, TrainingEvents.ENROLMENT_ANSWER_TOPIC, r -> requestId.equals(r.key()), wanted);
    }

    private static String field(ConsumerRecord<String, byte[]> record, String path) {
        Object value = JsonPath.read(new String(record.value(), StandardCharsets.UTF_8), path);
        return value == null ? null : value.toString();
    }

    private EventEnvelope request(String economy, String requestId, long sequence, EnrolmentRequested data) {
        return envelope(economy, TrainingEvents.ENROLMENT_REQUESTED, requestId, sequence, data);
    }

    private <T> EventEnvelope envelope(String economy, EventType<T> type, String subject, long sequence, T data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "training"),
                type.type(), subject, Instant.now(), type.dataschema(), economy, sequence, json.writeValueAsBytes(data));
    }
}

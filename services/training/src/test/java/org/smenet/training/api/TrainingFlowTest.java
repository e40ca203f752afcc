package org.smenet.training.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
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
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.smenet.training.store.EnterpriseDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** A course from publication to certificate, through the API, with its events on the real broker. */
@TrainingIntegration
class TrainingFlowTest {

    static final String FP = "org-cl-fp-flow";

    @Autowired
    WebApplicationContext context;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JsonMapper json;
    @Autowired
    EnterpriseDirectory enterprises;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TrainingTestSupport.mockMvc(context);
        TrainingTestSupport.designated(context, "CL", FP, org.smenet.contracts.registry.FocalPointFunction.TRAINING);
    }

    static String courseJson(boolean networkVisible) {
        return """
                {"title":"SPS requirements for fresh fruit exports","summary":"Phytosanitary certificates and cold treatment",
                 "topic":"SANITARY_AND_PHYTOSANITARY","level":"INTERMEDIATE","language":"es","delivery":"HYBRID",
                 "location":"Talca","hsCodes":["0810"],"isicCodes":["0124"],"prerequisites":["Export basics"],
                 "certification":"GLOBALG.A.P.","certificateValidity":"P3Y","networkVisible":%s}""".formatted(networkVisible);
    }

    static String sessionJson(int capacity, boolean waitlist) {
        Instant now = Instant.now();
        return """
                {"startsAt":"%s","endsAt":"%s","enrolmentDeadline":"%s","capacity":%d,"waitlistEnabled":%s}"""
                .formatted(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(20)),
                        capacity, waitlist);
    }

    String publish(boolean networkVisible) throws Exception {
        String body = mvc.perform(post("/api/training/courses").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content(courseJson(networkVisible)))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("ETag", "\"1\""))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String schedule(String courseId, int capacity, boolean waitlist) throws Exception {
        String body = mvc.perform(post("/api/training/courses/" + courseId + "/sessions").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content(sessionJson(capacity, waitlist)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** Registers an enterprise the way the registry does: its event on the registry's topic. */
    String registeredThroughKafka(String owner) throws Exception {
        String id = unique("ent");
        EnterpriseRegistered data = new EnterpriseRegistered(id, "CL", null, owner,
                TrainingTestSupport.profile(List.of("0124"), List.of("081010"), List.of("JP"), List.of()), Instant.now());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf("CL", "registry"),
                RegistryEvents.ENTERPRISE_REGISTERED.type(), id, Instant.now(),
                RegistryEvents.ENTERPRISE_REGISTERED.dataschema(), "CL", 1, json.writeValueAsBytes(data));
        kafka.send(envelope.toProducerRecord(RegistryEvents.ENTERPRISE_TOPIC)).get();
        // the first record also waits for the listener's first group join on a busy machine
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> enterprises.find(id).isPresent());
        return id;
    }

    String enrol(String sessionId, String owner, String enterpriseId, String expected) throws Exception {
        String body = mvc.perform(post("/api/training/sessions/" + sessionId + "/enrolments").with(token("CL", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterpriseId + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value(expected))
                .andReturn().getResponse().getContentAsString();
        return body;
    }

    @Test
    void publishedCourseGoesToItsTopicAndNetworkVisibleOnesToThePublicTopic() throws Exception {
        String visible = publish(true);
        String local = publish(false);
        var records = TrainingTestSupport.awaitRecords(bootstrap, TrainingEvents.COURSE_TOPIC,
                r -> r.key().equals(visible) || r.key().equals(local), 2);
        assertThat(records).allSatisfy(r -> assertThat(header(r, "ce_type")).isEqualTo(TrainingEvents.COURSE_PUBLISHED.type()));
        var listed = TrainingTestSupport.awaitRecords(bootstrap, TrainingEvents.PUBLIC_COURSE_TOPIC,
                r -> r.key().equals(visible), 1);
        assertThat(header(listed.get(0), "ce_type")).isEqualTo(TrainingEvents.PUBLIC_COURSE_LISTED.type());
        assertThat(header(listed.get(0), "ce_economy")).isEqualTo("CL");
        assertThat(new String(listed.get(0).value(), StandardCharsets.UTF_8)).contains("\"topic\":\"SANITARY_AND_PHYTOSANITARY\"");
        // the catalogue of network-visible courses reads the public topic like any peer's
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> context.getBean(org.smenet.training.store.NetworkCourses.class).find(visible).isPresent());
        mvc.perform(get("/api/training/network/courses/" + visible).with(token("VN", "org-vn-sme", "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.course.title").exists())
                .andExpect(jsonPath("$.origin").value(TrainingEvents.PUBLIC_COURSE_TOPIC));
        mvc.perform(get("/api/training/network/courses/" + local).with(token("CL", FP, "FOCAL_POINT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/training/courses/" + visible).with(token("VN", "org-vn-sme", "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.providerOrg").value(FP))
                .andExpect(jsonPath("$.delivery").value("HYBRID")).andExpect(jsonPath("$.location").value("Talca"));
    }

    @Test
    void aPeersNetworkVisibleCourseArrivesThroughItsMirroredTopic() throws Exception {
        String id = unique("crs-th");
        var course = new org.smenet.contracts.training.CoursePublished(id, "TH", "org-th-fp", "Selling on Thai marketplaces",
                "", org.smenet.contracts.training.CourseTopic.E_COMMERCE, org.smenet.contracts.training.CourseLevel.INTRODUCTORY,
                "th", org.smenet.contracts.training.Delivery.ONLINE, null, List.of(), List.of(), List.of(), null, true,
                Instant.now());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf("TH", "training"),
                TrainingEvents.PUBLIC_COURSE_LISTED.type(), id, Instant.now(), TrainingEvents.PUBLIC_COURSE_LISTED.dataschema(),
                "TH", 1, json.writeValueAsBytes(course));
        kafka.send(org.smenet.testsupport.PeerRecords.record("TH", envelope, TrainingEvents.PUBLIC_COURSE_TOPIC)).get();
        Awaitility.await().atMost(Duration.ofSeconds(60)) // a new mirrored topic is found by the pattern subscription
                .until(() -> context.getBean(org.smenet.training.store.NetworkCourses.class).find(id).isPresent());
        mvc.perform(get("/api/training/network/courses").param("economy", "TH").with(token("CL", FP, "FOCAL_POINT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.course.courseId == '" + id + "')].origin")
                        .value(org.hamcrest.Matchers.contains("TH." + TrainingEvents.PUBLIC_COURSE_TOPIC)));
    }

    @Test
    void aCancelledSeatPromotesTheFirstWaitingEnterpriseAndEveryStepIsAnEvent() throws Exception {
        String session = schedule(publish(false), 1, true);
        String owner1 = unique("org-cl-sme"), owner2 = unique("org-cl-sme"), owner3 = unique("org-cl-sme");
        String first = registeredThroughKafka(owner1);
        String second = registeredThroughKafka(owner2);
        String third = registeredThroughKafka(owner3);
        enrol(session, owner1, first, "ENROLLED");
        enrol(session, owner2, second, "WAITLISTED");
        assertThat(JsonPath.<Integer>read(enrol(session, owner3, third, "WAITLISTED"), "$.waitlistPosition")).isEqualTo(2);
        // each SME lists its own places, with the course's title; nobody else's
        mvc.perform(get("/api/training/enrolments").with(token("CL", owner3, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].sessionId").value(session))
                .andExpect(jsonPath("$.items[0].enterpriseId").value(third))
                .andExpect(jsonPath("$.items[0].courseTitle").value("SPS requirements for fresh fruit exports"))
                .andExpect(jsonPath("$.items[0].status").value("WAITLISTED"))
                .andExpect(jsonPath("$.items[0].waitlistPosition").value(2));
        mvc.perform(get("/api/training/enrolments").with(token("CL", owner1, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].status").value("ENROLLED"));
        mvc.perform(get("/api/training/enrolments").with(token("PE", owner1, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());

        mvc.perform(post("/api/training/sessions/" + session + "/cancellations").with(token("CL", owner1, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + first + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.moved[1].enterpriseId").value(second))
                .andExpect(jsonPath("$.moved[1].happened").value("PROMOTED"));

        mvc.perform(get("/api/training/sessions/" + session).with(token("CL", FP, "FOCAL_POINT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.seatsLeft").value(0))
                .andExpect(jsonPath("$.places[0].enterpriseId").value(second))
                .andExpect(jsonPath("$.places[1].enterpriseId").value(third))
                .andExpect(jsonPath("$.places[1].waitlistPosition").value(1));
        // another SME sees the counts, not who holds the seats
        mvc.perform(get("/api/training/sessions/" + session).with(token("CL", unique("org-cl-other"), "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.waiting").value(1))
                .andExpect(jsonPath("$.places").isEmpty());

        var events = TrainingTestSupport.awaitRecords(bootstrap, TrainingEvents.SESSION_TOPIC,
                r -> r.key().equals(session), 6);
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                TrainingEvents.SESSION_SCHEDULED.type(), TrainingEvents.ENROLLED.type(), TrainingEvents.WAITLISTED.type(),
                TrainingEvents.WAITLISTED.type(), TrainingEvents.CANCELLED.type(), TrainingEvents.PROMOTED.type());
        assertThat(events).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3", "4", "5", "5");
    }

    @Test
    @SuppressWarnings("unchecked")
    void completionByTheProviderIssuesAnOpenBadgeCredentialAndItsEvent() throws Exception {
        String course = publish(false);
        String session = schedule(course, 5, false);
        String owner = unique("org-cl-sme");
        String enterprise = registeredThroughKafka(owner);
        enrol(session, owner, enterprise, "ENROLLED");
        mvc.perform(post("/api/training/sessions/" + session + "/attendance").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterprise + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ATTENDED"));
        String body = mvc.perform(post("/api/training/sessions/" + session + "/completions").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterprise + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.enterpriseId").value(enterprise))
                .andExpect(jsonPath("$.certification").value("GLOBALG.A.P."))
                .andReturn().getResponse().getContentAsString();
        String certificateId = JsonPath.read(body, "$.id");
        SignedJWT jwt = SignedJWT.parse(JsonPath.<String>read(body, "$.credential"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("EdDSA");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("vc+jwt");
        Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
        assertThat((List<Object>) claims.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat((List<Object>) claims.get("@context")).contains("https://www.w3.org/ns/credentials/v2");
        assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("credentialSubject").get("id"))
                .isEqualTo("urn:smenet:enterprise:CL:" + enterprise);
        assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("credentialStatus").get("type"))
                .isEqualTo("BitstringStatusListEntry");
        assertThat(claims).containsKeys("validFrom", "validUntil", "issuer", "name");

        // the holder reads it; another SME does not
        mvc.perform(get("/api/training/certificates/" + certificateId).with(token("CL", owner, "SME")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/training/certificates/" + certificateId).with(token("CL", unique("org-cl-x"), "SME")))
                .andExpect(status().isNotFound());
        // completing again issues nothing new
        mvc.perform(post("/api/training/sessions/" + session + "/completions").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enterpriseId\":\"" + enterprise + "\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("already-completed"));

        var issued = TrainingTestSupport.awaitRecords(bootstrap, TrainingEvents.CERTIFICATE_TOPIC,
                r -> r.key().equals(certificateId), 1);
        assertThat(header(issued.get(0), "ce_type")).isEqualTo(TrainingEvents.CERTIFICATE_ISSUED.type());
        String data = new String(issued.get(0).value(), StandardCharsets.UTF_8);
        assertThat(data).contains(enterprise).contains("\"certification\":\"GLOBALG.A.P.\"").doesNotContain(owner);
        var completed = TrainingTestSupport.awaitRecords(bootstrap, TrainingEvents.SESSION_TOPIC,
                r -> r.key().equals(session) && TrainingEvents.COMPLETED.type().equals(header(r, "ce_type")), 1);
        assertThat(completed).hasSize(1);
    }
}

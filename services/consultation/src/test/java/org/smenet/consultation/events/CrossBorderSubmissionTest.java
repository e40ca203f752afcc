package org.smenet.consultation.events;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.consultation.ConsultationIntegration;
import org.smenet.consultation.ConsultationTestSupport;
import org.smenet.consultation.TestClock;
import org.smenet.consultation.app.RequestedSubmissions;
import org.smenet.consultation.app.SummaryService;
import org.smenet.consultation.domain.Summary;
import org.smenet.consultation.store.ConsultationStore;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PolicyArea;
import org.smenet.contracts.consultation.PublicConsultation;
import org.smenet.contracts.consultation.RespondentKind;
import org.smenet.contracts.consultation.SubmissionRequestAnswered;
import org.smenet.contracts.consultation.SubmissionRequested;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.testsupport.PeerRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * Cross-border submissions, through events only (this node hosts CL and PE; TH and VN are peers whose
 * records arrive on mirrored {@code <PEER>.} topics through {@link PeerRecords}): a Thai chamber's request
 * becomes a submission of CL's network consultation, answered once and counted under TH; requests to
 * closed, own-economy or unknown consultations are answered rejected; a record whose economy is not its
 * peer's is dead-lettered; and this node's own chambers respond to a peer's consultation and see its answer.
 */
@ConsultationIntegration
class CrossBorderSubmissionTest {

    static final String BASE = "/api/consultation/consultations";
    static final String NETWORK = "/api/consultation/network/consultations";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    SubmissionStore submissions;
    @Autowired
    ConsultationStore consultations;
    @Autowired
    SummaryService summaries;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    String gov;
    RequestPostProcessor govToken;

    @BeforeEach
    void setUp() {
        mvc = ConsultationTestSupport.mockMvc(context);
        gov = ConsultationTestSupport.designated(context, "CL", unique("org-cl-gov"), FocalPointKind.GOVERNMENT_AGENCY);
        govToken = token("CL", gov, "FOCAL_POINT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThaiChambersRequestBecomesOneSubmissionCountedUnderThailandAndAnEditReplacesIt() throws Exception {
        String id = openConsultation("NETWORK", Duration.ofDays(2));
        String requestId = unique("req-th");
        String chamber = unique("org-th-chamber");
        EventEnvelope first = request("TH", requestId, 1, new SubmissionRequested(requestId, "TH", "CL", id, chamber,
                RespondentKind.CHAMBER, null, null, List.of(answer("q1", "NO"), scale("q3", 2)),
                List.of(new SubmissionRequested.RequestedComment(2, "English certificates, please.")), Instant.now()));

        PeerRecords.send(bootstrap, "TH", first, ConsultationEvents.SUBMISSION_REQUEST_TOPIC);
        var accepted = answers(requestId, 1);
        assertThat(header(accepted.get(0), "ce_type")).isEqualTo(ConsultationEvents.SUBMISSION_REQUEST_ACCEPTED.type());
        assertThat(header(accepted.get(0), "ce_economy")).isEqualTo("CL");
        String data = new String(accepted.get(0).value(), StandardCharsets.UTF_8);
        String submissionId = RequestedSubmissions.submissionId("TH", requestId);
        assertThat((String) JsonPath.read(data, "$.submissionId")).isEqualTo(submissionId);
        assertThat((String) JsonPath.read(data, "$.requestEconomy")).isEqualTo("TH");
        assertThat((String) JsonPath.read(data, "$.requestEventId")).isEqualTo(first.id());

        // the same record again (MirrorMaker redelivers), then the chamber's edit on its own node (version 2)
        PeerRecords.send(bootstrap, "TH", first, ConsultationEvents.SUBMISSION_REQUEST_TOPIC);
        PeerRecords.send(bootstrap, "TH", request("TH", requestId, 2, new SubmissionRequested(requestId, "TH", "CL", id,
                chamber, RespondentKind.CHAMBER, null, null, List.of(answer("q1", "YES"), scale("q3", 5)), List.of(),
                Instant.now())), ConsultationEvents.SUBMISSION_REQUEST_TOPIC);
        // same key, same partition: once version 2 is answered, the replay before it was handled too
        var both = answers(requestId, 2);
        assertThat(both).extracting(r -> (Integer) JsonPath.read(new String(r.value(), StandardCharsets.UTF_8),
                "$.requestSequence")).containsExactly(1, 2);

        var stored = submissions.find(submissionId).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.respondentEconomy()).isEqualTo("TH");
        assertThat(stored.respondentOrg()).isEqualTo(chamber);
        assertThat(stored.origin().sequence()).isEqualTo(2);
        assertThat(stored.answers()).extracting(a -> a.questionId()).containsExactly("q1", "q3");

        String summary = mvc.perform(get(BASE + "/" + id + "/summary").with(govToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(summary, "$.submissions")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(summary, "$.respondents.byEconomy.TH")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(summary, "$.questions[0].answers[*].count")).containsExactly(1, 0, 0);
        assertThat((Integer) JsonPath.read(summary, "$.questions[2].answers[4].breakdown.byEconomy.TH")).isEqualTo(1);
        assertThat(JsonPath.<List<Object>>read(summary, "$.mostCommentedSections")).isEmpty();
        // the running counters say what counting every submission says
        var consultation = consultations.find(id).orElseThrow();
        Summary counted = summaries.recount(consultation);
        Summary running = summaries.compute(consultation);
        assertThat(running.questions()).isEqualTo(counted.questions());
        assertThat(running.respondents()).isEqualTo(counted.respondents());

        // its author edits it on its own node only: here a Thai token writes nothing
        mvc.perform(put(BASE + "/" + id + "/submissions/" + submissionId).with(token("TH", chamber, "FOCAL_POINT"))
                        .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("answers", List.of()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void requestsToClosedOwnEconomyOrUnknownConsultationsOrWithBadAnswersAreAnsweredRejected() throws Exception {
        String closing = openConsultation("NETWORK", Duration.ofHours(1));
        String ownEconomyOnly = openConsultation("OWN_ECONOMY", Duration.ofDays(2));
        clock.advance(Duration.ofHours(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                consultations.find(closing).orElseThrow().status() == ConsultationStatus.CLOSED);

        String toClosed = unique("req-th");
        String toUnknown = unique("req-th");
        String toOwn = unique("req-th");
        String invalid = unique("req-th");
        String open = openConsultation("NETWORK", Duration.ofDays(2));
        send("TH", toClosed, closing, List.of(answer("q1", "YES")));
        send("TH", toUnknown, "no-such-consultation", List.of(answer("q1", "YES")));
        send("TH", toOwn, ownEconomyOnly, List.of(answer("q1", "YES")));
        send("TH", invalid, open, List.of(answer("q1", "MAYBE")));

        assertRejected(toClosed, "consultation-not-open");
        assertRejected(toUnknown, "unknown-consultation");
        assertRejected(toOwn, "not-in-audience");
        assertRejected(invalid, "invalid-answers");
        assertThat(submissions.find(RequestedSubmissions.submissionId("TH", toClosed))).isEmpty();
        assertThat(submissions.find(RequestedSubmissions.submissionId("TH", invalid))).isEmpty();
    }

    @Test
    void aRequestWhoseEconomyIsNotItsPeersIsDeadLetteredAndChangesNothing() throws Exception {
        String id = openConsultation("NETWORK", Duration.ofDays(2));
        String forged = unique("req-vn");
        // Thailand's link carries a record that claims to be Viet Nam's
        PeerRecords.send(bootstrap, "TH", request("VN", forged, 1, new SubmissionRequested(forged, "VN", "CL", id,
                        unique("org-vn"), RespondentKind.BUSINESS_ASSOCIATION, null, null, List.of(answer("q1", "NO")),
                        List.of(), Instant.now())), ConsultationEvents.SUBMISSION_REQUEST_TOPIC);

        String mirrored = "TH." + ConsultationEvents.SUBMISSION_REQUEST_TOPIC;
        var dead = awaitRecords(bootstrap, mirrored + ".DLT", r -> forged.equals(r.key()), 1);
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("economy-not-of-peer");
        assertThat(submissions.find(RequestedSubmissions.submissionId("VN", forged))).isEmpty();
    }

    @Test
    void aChamberOfThisNodeRespondsToAPeersConsultationAndSeesItsAnswer() throws Exception {
        String chamber = ConsultationTestSupport.designated(context, "PE", unique("org-pe-chamber"),
                FocalPointKind.APEX_CHAMBER);
        RequestPostProcessor chamberToken = token("PE", chamber, "FOCAL_POINT");
        String id = "vn-" + UUID.randomUUID();
        PublicConsultation vn = new PublicConsultation(id, "VN", ConsultationStatus.OPEN, "Rice export licences",
                "Viet Nam proposes automatic licences.", PolicyArea.MARKET_ACCESS, List.of("1006"), List.of(),
                List.of(), Instant.now(), clock.instant().plus(Duration.ofDays(3)), null, Instant.now(),
                List.of(new PublicConsultation.Section(1, "Scope")),
                List.of(new PublicConsultation.Question("q1", "SINGLE_CHOICE", "Support?", List.of("YES", "NO")),
                        new PublicConsultation.Question("q2", "FREE_TEXT", "Why?", null)));
        PeerRecords.send(bootstrap, "VN", envelope("VN", ConsultationEvents.PUBLIC_CONSULTATION_PUBLISHED, id, 2, vn),
                ConsultationEvents.PUBLIC_CONSULTATION_TOPIC);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(NETWORK + "/" + id).with(chamberToken)).andExpect(status().isOk())
                        .andExpect(jsonPath("$.questions[0].options[1]").value("NO")));

        // checked here against the questions the network knows; never confidential on a public topic
        mvc.perform(post(NETWORK + "/" + id + "/submissions").with(chamberToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("MAYBE")))))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("answers[0].choices"));
        mvc.perform(post(NETWORK + "/" + id + "/submissions").with(chamberToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("YES"))),
                                "confidential", true))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("confidential"));

        String made = mvc.perform(post(NETWORK + "/" + id + "/submissions").with(chamberToken)
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("answers", List.of(
                                Map.of("questionId", "q1", "choices", List.of("YES")),
                                Map.of("questionId", "q2", "text", "Faster clearance."))))))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(made, "$.id");
        mvc.perform(post(NETWORK + "/" + id + "/submissions").with(chamberToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("NO")))))))
                .andExpect(status().isConflict());

        var requests = awaitRecords(bootstrap, ConsultationEvents.SUBMISSION_REQUEST_TOPIC,
                r -> requestId.equals(r.key()), 1);
        String sent = new String(requests.get(0).value(), StandardCharsets.UTF_8);
        assertThat(header(requests.get(0), "ce_economy")).isEqualTo("PE");
        assertThat((String) JsonPath.read(sent, "$.targetEconomy")).isEqualTo("VN");
        assertThat((String) JsonPath.read(sent, "$.respondentKind")).isEqualTo("CHAMBER");
        assertThat(sent).doesNotContain("confidential").doesNotContain("email");

        // an answer from an economy the request was not addressed to is dead-lettered
        PeerRecords.send(bootstrap, "TH", envelope("TH", ConsultationEvents.SUBMISSION_REQUEST_REJECTED, requestId, 1,
                new SubmissionRequestAnswered(requestId, "TH", "PE", 1, null, id, chamber,
                        SubmissionRequestAnswered.REJECTED, null, "consultation-not-open", "forged", Instant.now())),
                ConsultationEvents.SUBMISSION_ANSWER_TOPIC);
        var dead = awaitRecords(bootstrap, "TH." + ConsultationEvents.SUBMISSION_ANSWER_TOPIC + ".DLT",
                r -> requestId.equals(r.key()), 1);
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("answer-from-wrong-economy");

        // Viet Nam's node answers
        String submissionId = RequestedSubmissions.submissionId("PE", requestId);
        PeerRecords.send(bootstrap, "VN", envelope("VN", ConsultationEvents.SUBMISSION_REQUEST_ACCEPTED, requestId, 1,
                new SubmissionRequestAnswered(requestId, "VN", "PE", 1, header(requests.get(0), "ce_id"), id, chamber,
                        SubmissionRequestAnswered.ACCEPTED, submissionId, null, null, Instant.now())),
                ConsultationEvents.SUBMISSION_ANSWER_TOPIC);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(NETWORK + "/" + id + "/submissions/" + requestId).with(chamberToken))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                        .andExpect(jsonPath("$.submissionId").value(submissionId))
                        .andExpect(jsonPath("$.consultationEconomy").value("VN")));
        // nobody else reads it here
        mvc.perform(get(NETWORK + "/" + id + "/submissions/" + requestId).with(token("PE", unique("org-pe"), "SME")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onANodeHostingBothEconomiesTheRequestTravelsThroughTheLocalTopics() throws Exception {
        String id = openConsultation("NETWORK", Duration.ofDays(2));
        String chamber = ConsultationTestSupport.designated(context, "PE", unique("org-pe-chamber"),
                FocalPointKind.APEX_CHAMBER);
        RequestPostProcessor chamberToken = token("PE", chamber, "FOCAL_POINT");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(NETWORK + "/" + id).with(chamberToken)).andExpect(status().isOk()));

        String made = mvc.perform(post(NETWORK + "/" + id + "/submissions").with(chamberToken)
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("answers", List.of(
                                Map.of("questionId", "q1", "choices", List.of("UNSURE")))))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(made, "$.id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(NETWORK + "/" + id + "/submissions/" + requestId).with(chamberToken))
                        .andExpect(jsonPath("$.status").value("ACCEPTED")));
        String summary = mvc.perform(get(BASE + "/" + id + "/summary").with(govToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(summary, "$.respondents.byEconomy.PE")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(summary, "$.questions[0].answers[2].count")).isEqualTo(1);
    }

    private String openConsultation(String audience, Duration open) throws Exception {
        String created = mvc.perform(post(BASE).with(govToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json(ConsultationTestSupport.draftBody(audience, clock.instant().plus(open),
                                List.of("0806"), List.of(), List.of()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post(BASE + "/" + id + "/opening").with(govToken)).andExpect(status().isOk());
        return id;
    }

    private void send(String economy, String requestId, String consultationId,
            List<SubmissionRequested.RequestedAnswer> answers) {
        PeerRecords.send(bootstrap, economy, request(economy, requestId, 1, new SubmissionRequested(requestId, economy,
                "CL", consultationId, unique("org-" + economy.toLowerCase()), RespondentKind.CHAMBER, null, null,
                answers, List.of(), Instant.now())), ConsultationEvents.SUBMISSION_REQUEST_TOPIC);
    }

    private void assertRejected(String requestId, String reason) {
        var answer = answers(requestId, 1);
        assertThat(header(answer.get(0), "ce_type")).isEqualTo(ConsultationEvents.SUBMISSION_REQUEST_REJECTED.type());
        String data = new String(answer.get(0).value(), StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(data, "$.reason")).isEqualTo(reason);
        assertThat((String) JsonPath.read(data, "$.status")).isEqualTo("REJECTED");
    }

    private List<ConsumerRecord<String, byte[]>> answers(String requestId, int wanted) {
        return awaitRecords(bootstrap, ConsultationEvents.SUBMISSION_ANSWER_TOPIC, r -> requestId.equals(r.key()), wanted);
    }

    private static SubmissionRequested.RequestedAnswer answer(String question, String choice) {
        return new SubmissionRequested.RequestedAnswer(question, null, List.of(choice), null);
    }

    private static SubmissionRequested.RequestedAnswer scale(String question, int scale) {
        return new SubmissionRequested.RequestedAnswer(question, null, null, scale);
    }

    private static EventEnvelope request(String economy, String requestId, long sequence, SubmissionRequested data) {
        return envelope(economy, ConsultationEvents.SUBMISSION_REQUESTED, requestId, sequence, data);
    }

    private static <T> EventEnvelope envelope(String economy, EventType<T> type, String subject, long sequence, T data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "consultation"),
                type.type(), subject, Instant.now(), type.dataschema(), economy, sequence,
                ConsultationTestSupport.JSON.writeValueAsBytes(data));
    }
}

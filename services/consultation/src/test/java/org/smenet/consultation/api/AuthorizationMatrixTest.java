package org.smenet.consultation.api;

import static org.smenet.testsupport.authz.AuthorizationMatrix.all;
import static org.smenet.testsupport.authz.AuthorizationMatrix.caller;
import static org.smenet.testsupport.authz.AuthorizationMatrix.row;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.consultation.ConsultationIntegration;
import org.smenet.consultation.ConsultationTestSupport;
import org.smenet.consultation.TestClock;
import org.smenet.consultation.app.ConsultationRequest;
import org.smenet.consultation.app.ConsultationService;
import org.smenet.consultation.app.ExpertGroupService;
import org.smenet.consultation.app.ModerationRequests;
import org.smenet.consultation.app.SubmissionRequest;
import org.smenet.consultation.app.SubmissionService;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.QuestionKind;
import org.smenet.consultation.store.ConsultationStore;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PublicConsultation;
import org.smenet.contracts.consultation.PolicyArea;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.testsupport.ServedEndpoints;
import org.smenet.testsupport.authz.AuthorizationMatrix;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every consultation endpoint × every kind of actor, written from the rules, with the exact status.
 * The node hosts CL (where the fixtures live: a consultation for CL's own economy, opened by GOV) and PE;
 * VN is another node's. Fails when an endpoint exists that the matrix does not list.
 */
@ConsultationIntegration
class AuthorizationMatrixTest implements AuthorizationMatrix.Fixtures<AuthorizationMatrixTest.Fixture> {

    static final String GOV = "org-cl-gov-matrix";
    static final String GOV_OTHER = "org-cl-gov-other";
    static final String AGENCY = "org-cl-sme-centre";
    static final String CHAMBER_ORG = "org-cl-chamber-matrix";
    static final String SME_ORG = "org-cl-sme-matrix";
    static final String EXPERT_ORG = "org-cl-expert-matrix";
    static final String GOV_PE = "org-pe-gov-matrix";

    /** What state the cell's consultation is in before the call. */
    enum Stage { DRAFT, OPEN, OPEN_WITH_SUBMISSION, CLOSED, SUMMARISED, PUBLISHED, NETWORK, NETWORK_WITH_SUBMISSION }

    static final String C = "/api/consultation/consultations";
    static final String S = C + "/{id}/submissions";
    static final String G = "/api/consultation/expert-groups";
    /** Network consultations: the fixture is an open one of VN (a peer), known from its public event. */
    static final String N = "/api/consultation/network/consultations";

    static final AuthorizationMatrix<Fixture> MATRIX = AuthorizationMatrix.of(List.of(
            caller("GOV_FOCAL_POINT", "CL", GOV, Role.FOCAL_POINT),
            caller("OTHER_GOV_FOCAL_POINT", "CL", GOV_OTHER, Role.FOCAL_POINT),
            caller("SME_CENTRE_FOCAL_POINT", "CL", AGENCY, Role.FOCAL_POINT),
            caller("CHAMBER", "CL", CHAMBER_ORG, Role.FOCAL_POINT),
            caller("SME", "CL", SME_ORG, Role.SME),
            caller("EXPERT", "CL", EXPERT_ORG, Role.EXPERT),
            caller("UNDESIGNATED_FOCAL_POINT", "CL", "org-cl-nobody", Role.FOCAL_POINT),
            caller("SME_OF_PE", "PE", "org-pe-sme-matrix", Role.SME),
            caller("GOV_FOCAL_POINT_OF_PE", "PE", GOV_PE, Role.FOCAL_POINT),
            caller("SME_OF_VN", "VN", "org-vn-sme-1", Role.SME),
            caller("FOCAL_POINT_OF_VN", "VN", "org-vn-gov", Role.FOCAL_POINT)),
            //        CL: gov gv2 ctr chm sme exp und | PE: sme gov | VN: sme fp
            row("POST", C, "201 201 403 403 403 403 403 403 201 403 403").given(Stage.DRAFT),
            row("GET", C, all(200)).given(Stage.OPEN),
            // own-economy consultation: CL sees it, PE and VN do not learn it exists
            row("GET", C + "/{id}", "200 200 200 200 200 200 200 404 404 404 404").given(Stage.OPEN),
            // a draft: only CL's government focal points see it; only the one that drafted it edits it
            row("PUT", C + "/{id}", "200 403 404 404 404 404 404 404 404 403 403").given(Stage.DRAFT),
            row("POST", C + "/{id}/opening", "200 403 404 404 404 404 404 404 404 403 403").given(Stage.DRAFT),
            row("POST", C + "/{id}/summary", "200 403 403 403 403 403 403 404 404 403 403").given(Stage.CLOSED),
            row("POST", C + "/{id}/publication", "200 403 403 403 403 403 403 404 404 403 403").given(Stage.SUMMARISED),
            row("GET", C + "/{id}/summary", "200 200 200 200 200 200 200 404 404 404 404").given(Stage.PUBLISHED),
            // respondents: SMEs and chambers of CL
            row("POST", S, "403 403 403 201 201 403 403 404 404 403 403").given(Stage.OPEN),
            row("GET", S, "200 200 200 200 200 200 200 404 404 404 404").given(Stage.OPEN_WITH_SUBMISSION),
            // the fixture submission is the SME's and confidential: its author and the opening focal point read it
            row("GET", S + "/{sid}", "200 404 404 404 200 404 404 404 404 404 404").given(Stage.OPEN_WITH_SUBMISSION),
            row("PUT", S + "/{sid}", "403 404 404 404 200 404 404 404 404 403 403").given(Stage.OPEN_WITH_SUBMISSION),
            row("POST", S + "/{sid}/hiding", "200 403 403 403 403 403 403 404 404 403 403").given(Stage.OPEN_WITH_SUBMISSION),
            row("POST", G, "201 201 403 403 403 403 403 403 201 403 403").given(Stage.OPEN),
            row("GET", G, all(200)).given(Stage.OPEN),
            row("GET", G + "/{gid}", all(200)).given(Stage.OPEN),
            // only members of the group (role EXPERT) write its notes
            row("POST", G + "/{gid}/reviews", "403 403 403 403 403 200 403 403 403 403 403").given(Stage.OPEN),
            // the network's consultations: read by any valid token; respondents of hosted economies submit to a
            // peer's one (202: its node answers by event); the request is read and edited by its author only
            row("GET", N, all(200)).given(Stage.NETWORK),
            row("GET", N + "/{id}", all(200)).given(Stage.NETWORK),
            row("POST", N + "/{id}/submissions", "403 403 403 202 202 403 403 202 403 403 403").given(Stage.NETWORK),
            row("GET", N + "/{id}/submissions/{sid}", "404 404 404 404 200 404 404 404 404 404 404").given(Stage.NETWORK_WITH_SUBMISSION),
            row("PUT", N + "/{id}/submissions/{sid}", "404 404 404 404 202 404 404 404 404 403 403").given(Stage.NETWORK_WITH_SUBMISSION),
            // the kit's operator view of parked outbox events: none of these actors is an operator or admin
            row("GET", "/api/consultation/operator/outbox/parked", all(403)).given(Stage.OPEN),
            row("GET", "/api/consultation/operator/status", all(403)).given(Stage.OPEN),
            row("POST", "/api/consultation/operator/outbox/parked/{id}/retry", all(403)).given(Stage.OPEN),
            row("DELETE", "/api/consultation/operator/outbox/parked/{id}", all(403)).given(Stage.OPEN),
            // the kit's parked dead-letter records: an operator's or an economy admin's (none of these callers)
            row("GET", "/api/consultation/operator/parked", all(403)).given(Stage.OPEN),
            row("POST", "/api/consultation/operator/parked/{topic}/{partition}/{offset}/retry", all(403)).given(Stage.OPEN),
            row("POST", "/api/consultation/operator/parked/{topic}/{partition}/{offset}/discard", all(403)).given(Stage.OPEN));

    @Autowired
    WebApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationStore store;
    @Autowired
    SubmissionService submissions;
    @Autowired
    ExpertGroupService groups;
    @Autowired
    TestClock clock;
    @Autowired
    org.smenet.consultation.store.NetworkConsultations network;
    @Autowired
    org.smenet.consultation.app.NetworkSubmissionService networkSubmissions;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ConsultationTestSupport.mockMvc(context);
        ConsultationTestSupport.designated(context, "CL", GOV, FocalPointKind.GOVERNMENT_AGENCY);
        ConsultationTestSupport.designated(context, "CL", GOV_OTHER, FocalPointKind.GOVERNMENT_AGENCY);
        ConsultationTestSupport.designated(context, "CL", AGENCY, FocalPointKind.SME_CENTRE);
        ConsultationTestSupport.designated(context, "CL", CHAMBER_ORG, FocalPointKind.APEX_CHAMBER);
        ConsultationTestSupport.designated(context, "PE", GOV_PE, FocalPointKind.GOVERNMENT_AGENCY);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> served = new TreeSet<>();
        ServedEndpoints.api(mappings).forEach(endpoint -> {
            int space = endpoint.indexOf(' ');
            served.add(endpoint.substring(0, space) + " " + normalise(endpoint.substring(space + 1)));
        });
        MATRIX.assertListsExactly(served);
    }

    /** The matrix names the path variables {id}, {sid} and {gid}. */
    private static String normalise(String path) {
        return path.replace(N + "/{consultationId}/submissions/{id}", N + "/{id}/submissions/{sid}")
                .replace(C + "/{consultationId}/submissions/{id}", S + "/{sid}")
                .replace("{consultationId}", "{id}")
                .replace(G + "/{id}", G + "/{gid}");
    }

    @Test
    void everyEndpointTimesEveryActor() {
        MATRIX.verify(mvc, this);
    }

    @Override
    public String path(Row row, Fixture f) {
        boolean network = row.path().startsWith(N);
        return row.path().replace("{topic}", "smenet.none.v1.DLT").replace("{partition}", "0")
                .replace("{offset}", "0").replace("{id}", network ? f.networkId() : f.consultation().id())
                .replace("{sid}", String.valueOf(network ? f.networkSubmissionId() : f.submissionId()))
                .replace("{gid}", f.groupId());
    }

    @Override
    public void prepare(Row row, Fixture f, MockHttpServletRequestBuilder call) {
        if (row.method().equals("PUT")) {
            call.header("If-Match", "*");
        }
    }

    record Fixture(Consultation consultation, String submissionId, String groupId, String networkId,
            String networkSubmissionId) {
    }

    /** Fresh fixtures for every cell, so one cell's change never decides another's status. */
    @Override
    public Fixture fixture(Row row) {
        Stage stage = row.given(Stage.class);
        Actor gov = new Actor("t", "CL", GOV, Set.of(Role.FOCAL_POINT));
        Consultation c = consultations.draft(gov, draft(clock.instant().plus(Duration.ofDays(30))));
        String submissionId = null;
        if (stage != Stage.DRAFT) {
            c = consultations.open(gov, c.id());
        }
        if (stage == Stage.OPEN_WITH_SUBMISSION) {
            submissionId = submissions.submit(new Actor("t", "CL", SME_ORG, Set.of(Role.SME)), c.id(),
                    new SubmissionRequest(List.of(new SubmissionRequest.AnswerRequest("q1", null, List.of("YES"), null)),
                            List.of(), true)).id();
        }
        if (stage.ordinal() >= Stage.CLOSED.ordinal()) {
            Consultation closed = c.close(); // as the closing sweep does at the date
            store.update(closed, List.of());
            c = closed;
        }
        if (stage.ordinal() >= Stage.SUMMARISED.ordinal()) {
            c = consultations.summarise(gov, c.id(), "Outcome");
        }
        if (stage == Stage.PUBLISHED) {
            c = consultations.publish(gov, c.id());
        }
        String groupId = groups.form(gov, new ModerationRequests.ExpertGroupRequest("Fresh fruit", "0121",
                List.of(EXPERT_ORG))).id();
        String networkId = null;
        String networkSubmissionId = null;
        if (stage.ordinal() >= Stage.NETWORK.ordinal()) {
            networkId = "vn-" + java.util.UUID.randomUUID();
            network.published(new PublicConsultation(networkId, "VN", ConsultationStatus.OPEN, "Rice licences", "",
                    PolicyArea.MARKET_ACCESS, List.of(), List.of(), List.of(), null,
                    clock.instant().plus(Duration.ofDays(30)), null, clock.instant(), List.of(),
                    List.of(new PublicConsultation.Question("q1", "SINGLE_CHOICE", "Agree?", List.of("YES", "NO")))),
                    1, "VN.smenet.public.consultation.consultation.v1");
        }
        if (stage == Stage.NETWORK_WITH_SUBMISSION) {
            networkSubmissionId = networkSubmissions.submit(new Actor("t", "CL", SME_ORG, Set.of(Role.SME)), networkId,
                    new SubmissionRequest(List.of(new SubmissionRequest.AnswerRequest("q1", null, List.of("YES"), null)),
                            List.of(), false)).id();
        }
        return new Fixture(c, submissionId, groupId, networkId, networkSubmissionId);
    }

    static ConsultationRequest draft(Instant closesAt) {
        return new ConsultationRequest("Matrix consultation", null, PolicyArea.SPS, List.of("0806"), List.of(), List.of(),
                List.of(new ConsultationRequest.SectionRequest(1, "Scope", "text")),
                List.of(new ConsultationRequest.QuestionRequest("q1", QuestionKind.SINGLE_CHOICE, "Agree?",
                        List.of("YES", "NO"))), Audience.OWN_ECONOMY, null, closesAt);
    }

    @Override
    public String body(Row row, Fixture f) {
        String path = row.path();
        if (path.equals(C) || path.equals(C + "/{id}")) {
            Map<String, Object> body = ConsultationTestSupport.draftBody("OWN_ECONOMY",
                    clock.instant().plus(Duration.ofDays(30)), List.of("0806"), List.of(), List.of());
            return ConsultationTestSupport.json(body);
        }
        if (path.endsWith("/summary")) {
            return ConsultationTestSupport.json(Map.of("outcome", "Outcome note"));
        }
        if (path.equals(S) || path.equals(S + "/{sid}") || path.startsWith(N + "/{id}/submissions")) {
            return ConsultationTestSupport.json(Map.of("answers", List.of(Map.of("questionId", "q1", "choices", List.of("NO")))));
        }
        if (path.endsWith("/hiding")) {
            return ConsultationTestSupport.json(Map.of("reason", "Off-topic"));
        }
        if (path.equals(G)) {
            return ConsultationTestSupport.json(Map.of("name", "Wine", "sectorIsic", "1102", "members", List.of(EXPERT_ORG)));
        }
        if (path.endsWith("/reviews")) {
            return ConsultationTestSupport.json(Map.of("consultationId", f.consultation().id(), "note", "Looks right."));
        }
        return "";
    }
}

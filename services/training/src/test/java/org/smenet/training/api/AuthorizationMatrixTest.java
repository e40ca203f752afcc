package org.smenet.training.api;

import static org.smenet.testsupport.authz.AuthorizationMatrix.all;
import static org.smenet.testsupport.authz.AuthorizationMatrix.caller;
import static org.smenet.testsupport.authz.AuthorizationMatrix.row;
import static org.smenet.training.TrainingTestSupport.unique;

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
import org.smenet.training.app.CertificateService;
import org.smenet.training.app.SessionService;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Course;
import org.smenet.training.domain.Session;
import org.smenet.testsupport.ServedEndpoints;
import org.smenet.testsupport.authz.AuthorizationMatrix;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every training endpoint × every kind of actor, written from the rules, with the exact status expected.
 * The node hosts CL (where the fixtures live) and PE; VN is another node's economy. The provider is the
 * focal point designated for TRAINING that published the course; another focal point designated for
 * TRAINING is not the provider. Anyone, without a token, reads the keys and status lists and verifies.
 * Fails when an endpoint exists that the matrix does not list.
 */
@TrainingIntegration
class AuthorizationMatrixTest implements AuthorizationMatrix.Fixtures<AuthorizationMatrixTest.Fixture> {

    static final String PROVIDER = "org-cl-fp-provider";
    static final String FP_TRAINING = "org-cl-fp-trainer2";
    static final String FP_VERIFICATION = "org-cl-fp-verifier";
    static final String FP_REVOKED = "org-cl-fp-gone";
    static final String FP_PE = "org-pe-fp-trainer";

    static final AuthorizationMatrix<Fixture> MATRIX = AuthorizationMatrix.of(List.of(
            caller("PROVIDER_FP", "CL", PROVIDER, Role.FOCAL_POINT),
            caller("OTHER_TRAINING_FP", "CL", FP_TRAINING, Role.FOCAL_POINT),
            caller("VERIFICATION_ONLY_FP", "CL", FP_VERIFICATION, Role.FOCAL_POINT),
            caller("UNDESIGNATED_FP", "CL", "org-cl-fp-nobody", Role.FOCAL_POINT),
            caller("REVOKED_FP", "CL", FP_REVOKED, Role.FOCAL_POINT),
            caller("ENROLLED_SME", "CL", Fixture::owner, Role.SME),
            caller("OTHER_SME", "CL", "org-cl-sme-other", Role.SME),
            caller("ADMIN", "CL", "org-cl-admin", Role.ECONOMY_ADMIN),
            caller("OPERATOR", "CL", "org-network-operator", Role.NETWORK_OPERATOR),
            caller("SME_OF_PE", "PE", "org-pe-sme-1", Role.SME),
            caller("FP_OF_PE", "PE", FP_PE, Role.FOCAL_POINT),
            caller("SME_OF_VN", "VN", "org-vn-sme-1", Role.SME),
            caller("FP_OF_VN", "VN", "org-vn-fp-1", Role.FOCAL_POINT),
            caller("ADMIN_OF_VN", "VN", "org-vn-admin", Role.ECONOMY_ADMIN)),
            //                    CL: prov trn2 ver undes rev  enr  oth  adm  op | PE: sme fp | VN: sme fp adm
            row("POST", "/api/training/courses", "201 201 403 403 403 403 403 403 403 403 201 403 403 403"),
            row("GET", "/api/training/courses", all(200)),
            row("GET", "/api/training/courses/{id}", all(200)),
            row("POST", "/api/training/courses/{id}/sessions", "201 403 403 403 403 403 403 403 403 403 403 403 403 403"),
            row("GET", "/api/training/courses/{id}/sessions", all(200)),
            row("GET", "/api/training/sessions/{id}", all(200)),
            // each caller's own places; an empty list for those who hold none
            row("GET", "/api/training/enrolments", all(200)),
            row("GET", "/api/training/network/enrolments", all(200)),
            // only the owner of the enterprise enrols it (and cancels); VN writes nothing here
            row("POST", "/api/training/sessions/{id}/enrolments", "403 403 403 403 403 201 403 403 403 403 403 403 403 403"),
            row("POST", "/api/training/sessions/{id}/cancellations", "403 403 403 403 403 200 403 403 403 403 403 403 403 403"),
            // attendance and completion: the provider only
            row("POST", "/api/training/sessions/{id}/attendance", "200 403 403 403 403 403 403 403 403 403 403 403 403 403"),
            row("POST", "/api/training/sessions/{id}/completions", "201 403 403 403 403 403 403 403 403 403 403 403 403 403"),
            // the holder, the provider and the focal points of its economy; for others it does not exist
            row("GET", "/api/training/certificates/{id}", "200 200 200 404 404 200 404 404 404 404 404 404 404 404"),
            row("POST", "/api/training/certificates/{id}/revocation", "200 403 403 403 403 403 403 403 403 403 403 403 403 403"),
            row("GET", "/api/training/enterprises/{id}/recommendations", "200 200 200 403 403 200 403 403 403 403 403 403 403 403"),
            // anyone, with or without a token
            row("GET", "/api/training/.well-known/jwks.json", all(200)).withoutToken(200),
            row("GET", "/api/training/status-lists/{list}", all(200)).withoutToken(200),
            row("GET", "/api/training/verifications", all(200)).withoutToken(200),
            row("POST", "/api/training/verifications", all(200)).withoutToken(200),
            row("GET", "/api/training/network/courses", all(200)),
            row("GET", "/api/training/network/courses/{id}", all(200)),
            // cross-border: the owner SME of a hosted economy asks a peer's online course; only it reads the request
            row("POST", "/api/training/network/courses/{courseId}/enrolments",
                    "403 403 403 403 403 202 403 403 403 403 403 403 403 403"),
            row("GET", "/api/training/network/courses/{courseId}/enrolments/{id}",
                    "404 404 404 404 404 200 404 404 404 404 404 404 404 404"),
            row("POST", "/api/training/keys/rotation", "403 403 403 403 403 403 403 200 200 403 403 403 403 403"),
            // the kit's operator view of parked outbox events: this node's operator or a hosted economy's admin
            row("GET", "/api/training/operator/outbox/parked",
                    "403 403 403 403 403 403 403 200 200 403 403 403 403 403"),
            // the kit's operator status (outbox backlog, consumer lag, dead letters, peers): the same callers
            row("GET", "/api/training/operator/status",
                    "403 403 403 403 403 403 403 200 200 403 403 403 403 403"),
            row("POST", "/api/training/operator/outbox/parked/{id}/retry",
                    "403 403 403 403 403 403 403 404 404 403 403 403 403 403"),
            row("DELETE", "/api/training/operator/outbox/parked/{id}",
                    "403 403 403 403 403 403 403 404 404 403 403 403 403 403"),
            // the kit's parked dead-letter records: the same callers; an unknown record is not found
            row("GET", "/api/training/operator/parked",
                    "403 403 403 403 403 403 403 200 200 403 403 403 403 403"),
            row("POST", "/api/training/operator/parked/{topic}/{partition}/{offset}/retry",
                    "403 403 403 403 403 403 403 404 404 403 403 403 403 403"),
            row("POST", "/api/training/operator/parked/{topic}/{partition}/{offset}/discard",
                    "403 403 403 403 403 403 403 404 404 403 403 403 403 403"));

    @Autowired
    WebApplicationContext context;
    @Autowired
    SessionService sessions;
    @Autowired
    CertificateService certificates;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TrainingTestSupport.mockMvc(context);
        TrainingTestSupport.designated(context, "CL", PROVIDER, FocalPointFunction.TRAINING);
        TrainingTestSupport.designated(context, "CL", FP_TRAINING, FocalPointFunction.TRAINING);
        TrainingTestSupport.designated(context, "CL", FP_VERIFICATION, FocalPointFunction.VERIFICATION);
        TrainingTestSupport.designated(context, "PE", FP_PE, FocalPointFunction.TRAINING);
        TrainingTestSupport.designated(context, "CL", FP_REVOKED, FocalPointFunction.TRAINING);
        TrainingTestSupport.revoked(context, "CL", FP_REVOKED);
    }

    @Test
    void everyEndpointOfTheServiceIsInTheMatrix() {
        MATRIX.assertListsExactly(ServedEndpoints.api(mappings));
    }

    @Test
    void everyEndpointTimesEveryActor() {
        MATRIX.verify(mvc, this);
    }

    @Override
    public String path(Row row, Fixture f) {
        return row.path().replace("{topic}", "smenet.none.v1.DLT").replace("{partition}", "0")
                .replace("{offset}", "0").replace("{list}", f.certificate.statusList())
                .replace("{courseId}", f.networkCourse())
                .replace("{id}", f.idFor(row.path()));
    }

    @Override
    public void prepare(Row row, Fixture f, MockHttpServletRequestBuilder call) {
        if (row.path().endsWith("/verifications") && row.method().equals("GET")) {
            call.param("certificate", f.certificate.id());
        }
    }

    /**
     * A course of the provider with a session in which the owner's enterprise holds a seat, a second
     * enterprise of the owner not yet enrolled, and a certificate the first one earned in another session.
     */
    record Fixture(String owner, Course course, Session session, String enrolled, String unenrolled,
            Certificate certificate, String networkCourse, String networkRequest) {
        String idFor(String path) {
            if (path.contains("/enrolments/{id}")) {
                return networkRequest;
            }
            if (path.startsWith("/api/training/network")) {
                return networkCourse;
            }
            if (path.startsWith("/api/training/courses")) {
                return course.id();
            }
            if (path.startsWith("/api/training/sessions")) {
                return session.id();
            }
            if (path.startsWith("/api/training/certificates")) {
                return certificate.id();
            }
            return enrolled;
        }
    }

    /** Fresh fixtures for every cell, so one cell's change never decides another's status. */
    @Override
    public Fixture fixture(Row row) {
        Actor provider = TrainingTestSupport.provider("CL", PROVIDER);
        String owner = unique("org-cl-sme");
        Actor sme = new Actor("t", "CL", owner, Set.of(Role.SME));
        var profile = TrainingTestSupport.profile(List.of("0124"), List.of("081010"), List.of("JP"), List.of());
        String enrolled = TrainingTestSupport.enterprise(context, "CL", owner, profile);
        String unenrolled = TrainingTestSupport.enterprise(context, "CL", owner, profile);
        Course course = TrainingTestSupport.course(context, provider, "Matrix SPS", CourseTopic.SANITARY_AND_PHYTOSANITARY,
                List.of("0810"), null, null);
        Session session = TrainingTestSupport.session(context, provider, course.id(), 5, true);
        sessions.enrol(sme, session.id(), enrolled);
        Session earlier = TrainingTestSupport.session(context, provider, course.id(), 5, true);
        sessions.enrol(sme, earlier.id(), enrolled);
        Certificate certificate = certificates.complete(provider, earlier.id(), enrolled);
        String networkCourse = unique("crs-th");
        context.getBean(org.smenet.training.store.NetworkCourses.class).listed(new org.smenet.contracts.training.CoursePublished(
                networkCourse, "TH", "org-th-fp", "Thai e-commerce", "", CourseTopic.E_COMMERCE,
                org.smenet.contracts.training.CourseLevel.INTRODUCTORY, "th", org.smenet.contracts.training.Delivery.ONLINE,
                null, List.of(), List.of(), List.of(), null, true, Instant.now()), 1, "TH.smenet.public.training.course.v1");
        String networkRequest = context.getBean(org.smenet.training.app.NetworkEnrolmentService.class)
                .request(sme, networkCourse, enrolled).id();
        return new Fixture(owner, course, sessions.get(session.id()), enrolled, unenrolled, certificate, networkCourse,
                networkRequest);
    }

    @Override
    public String body(Row row, Fixture f) {
        String path = row.path();
        if (path.equals("/api/training/courses")) {
            return TrainingFlowTest.courseJson(true);
        }
        if (path.equals("/api/training/courses/{id}/sessions")) {
            Instant now = Instant.now();
            return """
                    {"startsAt":"%s","endsAt":"%s","enrolmentDeadline":"%s","capacity":3,"waitlistEnabled":true}"""
                    .formatted(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(9)));
        }
        if (path.endsWith("/enrolments")) {
            return "{\"enterpriseId\":\"" + f.unenrolled() + "\"}";
        }
        if (path.startsWith("/api/training/sessions/")) {
            return "{\"enterpriseId\":\"" + f.enrolled() + "\"}";
        }
        if (path.equals("/api/training/verifications")) {
            return "{\"credential\":\"" + f.certificate().credential() + "\"}";
        }
        return "{}";
    }
}

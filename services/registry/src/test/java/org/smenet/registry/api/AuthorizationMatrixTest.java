package org.smenet.registry.api;

import static org.smenet.registry.RegistryTestSupport.unique;
import static org.smenet.testsupport.authz.AuthorizationMatrix.all;
import static org.smenet.testsupport.authz.AuthorizationMatrix.caller;
import static org.smenet.testsupport.authz.AuthorizationMatrix.row;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.app.ClusterRequest;
import org.smenet.registry.app.ClusterService;
import org.smenet.registry.app.EnterpriseRequest;
import org.smenet.registry.app.EnterpriseService;
import org.smenet.registry.app.FocalPointRequest;
import org.smenet.registry.app.FocalPointService;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.store.NetworkDirectory;
import org.smenet.testsupport.ServedEndpoints;
import org.smenet.testsupport.authz.AuthorizationMatrix;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every registry endpoint × every kind of actor, written from the rules, with the exact status expected.
 * The node hosts CL (where the fixtures live) and PE; VN is another node's economy. A focal point's
 * power comes from its designation: designated (every function), designated for training only,
 * undesignated, revoked. Fails when an endpoint exists that the matrix does not list.
 */
@RegistryIntegration
class AuthorizationMatrixTest implements AuthorizationMatrix.Fixtures<AuthorizationMatrixTest.Fixture> {

    static final String FP = "org-cl-fp-matrix";
    static final String FP_TRAINING = "org-cl-fp-training";
    static final String FP_REVOKED = "org-cl-fp-revoked";
    static final String FP_PE = "org-pe-fp-matrix";

    static final AuthorizationMatrix<Fixture> MATRIX = AuthorizationMatrix.of(List.of(
            caller("SME", "CL", Fixture::owner, Role.SME),
            caller("SME_AND_EXPERT", "CL", Fixture::owner, Role.SME, Role.EXPERT),
            caller("FOCAL_POINT", "CL", FP, Role.FOCAL_POINT),
            caller("AGENCY_CLIENT", "CL", FP, Role.AGENCY_CLIENT, Role.FOCAL_POINT),
            caller("FOCAL_POINT_TRAINING_ONLY", "CL", FP_TRAINING, Role.FOCAL_POINT),
            caller("FOCAL_POINT_UNDESIGNATED", "CL", "org-cl-fp-nobody", Role.FOCAL_POINT),
            caller("FOCAL_POINT_REVOKED", "CL", FP_REVOKED, Role.FOCAL_POINT),
            caller("ADMIN", "CL", "org-cl-admin", Role.ECONOMY_ADMIN),
            caller("EXPERT", "CL", "org-cl-expert", Role.EXPERT),
            caller("OPERATOR", "CL", "org-network-operator", Role.NETWORK_OPERATOR),
            caller("SME_OF_PE", "PE", "org-pe-sme-1", Role.SME),
            caller("FOCAL_POINT_OF_PE", "PE", FP_PE, Role.FOCAL_POINT),
            caller("ADMIN_OF_PE", "PE", "org-pe-admin", Role.ECONOMY_ADMIN),
            caller("SME_OF_VN", "VN", "org-vn-sme-1", Role.SME),
            caller("FOCAL_POINT_OF_VN", "VN", "org-vn-fp-1", Role.FOCAL_POINT),
            caller("ADMIN_OF_VN", "VN", "org-vn-admin", Role.ECONOMY_ADMIN)),
            //                                                  CL: sme s+e fp  agcy trn undes rev adm exp op | PE: sme fp adm | VN: sme fp adm
            row("POST", "/api/registry/enterprises", "201 201 403 403 403 403 403 403 403 403 201 403 403 403 403 403"),
            row("GET", "/api/registry/enterprises", all(200)),
            // an SME's own enterprises; for any other caller an empty page, never a refusal
            row("GET", "/api/registry/enterprises/mine", all(200)),
            // a registered (not yet public) enterprise: invisible to other economies
            row("GET", "/api/registry/enterprises/{id}", "200 200 200 200 200 200 200 200 200 200 404 404 404 404 404 404"),
            // a verified public one: other economies see it, only its owner edits it; VN writes nothing here
            row("PUT", "/api/registry/enterprises/{id}", "200 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
            row("POST", "/api/registry/enterprises/{id}/verification",
                    "403 403 200 200 403 403 403 403 403 403 404 404 404 403 403 403"),
            row("POST", "/api/registry/enterprises/{id}/suspension",
                    "403 403 200 200 403 403 403 403 403 403 403 403 403 403 403 403"),
            row("POST", "/api/registry/enterprises/{id}/reinstatement",
                    "403 403 200 200 403 403 403 403 403 403 404 404 404 403 403 403"),
            row("POST", "/api/registry/enterprises/{id}/deactivation",
                    "200 200 200 200 403 403 403 200 403 403 403 403 403 403 403 403"),
            row("POST", "/api/registry/focal-points", "403 403 403 403 403 403 403 201 403 403 403 403 201 403 403 403"),
            row("GET", "/api/registry/focal-points", all(200)),
            row("GET", "/api/registry/focal-points/{id}", all(200)),
            row("POST", "/api/registry/focal-points/{id}/revocation",
                    "403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403"),
            // the coordinator is a CL focal point: PE's institutions may form clusters, but not with it
            row("POST", "/api/registry/clusters", "403 403 201 201 201 403 403 201 403 403 403 400 400 403 403 403"),
            row("GET", "/api/registry/clusters", all(200)),
            row("GET", "/api/registry/clusters/{id}", all(200)),
            row("POST", "/api/registry/clusters/{id}/members",
                    "200 200 200 200 200 403 403 403 403 403 403 403 403 403 403 403"),
            row("DELETE", "/api/registry/clusters/{id}/members/{enterpriseId}",
                    "200 200 200 200 200 403 403 403 403 403 403 403 403 403 403 403"),
            row("GET", "/api/registry/network/enterprises", all(200)),
            row("GET", "/api/registry/network/enterprises/{id}", all(200)),
            row("POST", "/api/registry/demo-data", "403 403 403 403 403 403 403 200 403 200 403 403 200 403 403 403"),
            // the kit's operator view of parked outbox events: this node's operator, a hosted economy's admin
            row("GET", "/api/registry/operator/outbox/parked",
                    "403 403 403 403 403 403 403 200 403 200 403 403 200 403 403 403"),
            // the kit's operator status (outbox backlog, consumer lag, dead letters, peers): the same callers
            row("GET", "/api/registry/operator/status",
                    "403 403 403 403 403 403 403 200 403 200 403 403 200 403 403 403"),
            row("POST", "/api/registry/operator/outbox/parked/{id}/retry",
                    "403 403 403 403 403 403 403 404 403 404 403 403 404 403 403 403"),
            row("DELETE", "/api/registry/operator/outbox/parked/{id}",
                    "403 403 403 403 403 403 403 404 403 404 403 403 404 403 403 403"),
            // the kit's parked dead-letter records: the same callers; an unknown record is not found
            row("GET", "/api/registry/operator/parked",
                    "403 403 403 403 403 403 403 200 403 200 403 403 200 403 403 403"),
            row("POST", "/api/registry/operator/parked/{topic}/{partition}/{offset}/retry",
                    "403 403 403 403 403 403 403 404 403 404 403 403 404 403 403 403"),
            row("POST", "/api/registry/operator/parked/{topic}/{partition}/{offset}/discard",
                    "403 403 403 403 403 403 403 404 403 404 403 403 404 403 403 403"));

    @Autowired
    WebApplicationContext context;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    FocalPointService focalPoints;
    @Autowired
    ClusterService clusters;
    @Autowired
    NetworkDirectory directory;
    @Autowired
    Authority authority;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = RegistryTestSupport.mockMvc(context);
        RegistryTestSupport.designated(context, "CL", FP);
        RegistryTestSupport.designated(context, "CL", FP_TRAINING, FocalPointFunction.TRAINING);
        RegistryTestSupport.designated(context, "PE", FP_PE);
        revokedOnce();
    }

    private void revokedOnce() {
        Actor revoked = new Actor("t", "CL", FP_REVOKED, Set.of(Role.FOCAL_POINT));
        if (focalPoints.list("CL", false, org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                .anyMatch(f -> FP_REVOKED.equals(f.org()))) {
            return;
        }
        RegistryTestSupport.designated(context, "CL", FP_REVOKED);
        var designation = focalPoints.list("CL", true, org.springframework.data.domain.PageRequest.of(0, 100))
                .stream().filter(f -> FP_REVOKED.equals(f.org())).findFirst().orElseThrow();
        focalPoints.revoke(new Actor("t", "CL", "org-cl-admin", Set.of(Role.ECONOMY_ADMIN)), designation.id(), "test");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !authority.isFocalPoint(revoked, "CL"));
    }

    @Test
    void everyEndpointOfTheRegistryIsInTheMatrix() {
        MATRIX.assertListsExactly(ServedEndpoints.api(mappings));
    }

    @Test
    void everyEndpointTimesEveryActor() {
        MATRIX.verify(mvc, this);
    }

    @Override
    public String path(Row row, Fixture f) {
        return row.path().replace("{topic}", "smenet.none.v1.DLT").replace("{partition}", "0")
                .replace("{offset}", "0").replace("{id}", f.idFor(row.path()))
                .replace("{enterpriseId}", f.enterprise.id());
    }

    @Override
    public void prepare(Row row, Fixture f, MockHttpServletRequestBuilder call) {
        if (row.path().endsWith("/demo-data")) {
            call.param("enterprises", "1");
        }
        if (row.method().equals("PUT")) {
            call.header("If-Match", "\"" + f.enterprise.version() + "\"");
        }
    }

    record Fixture(Enterprise enterprise, String focalPointId, String clusterId, String networkId) {
        String owner() {
            return enterprise.ownerOrg();
        }

        String idFor(String path) {
            if (path.startsWith("/api/registry/focal-points")) {
                return focalPointId;
            }
            if (path.startsWith("/api/registry/clusters")) {
                return clusterId;
            }
            if (path.startsWith("/api/registry/network")) {
                return networkId;
            }
            if (path.startsWith("/api/registry/operator")) {
                return "no-such-parked-event";
            }
            return enterprise.id();
        }
    }

    /** Fresh fixtures for every cell, so one cell's change never decides another's status. */
    @Override
    public Fixture fixture(Row row) {
        Actor admin = new Actor("t", "CL", "org-cl-admin", Set.of(Role.ECONOMY_ADMIN));
        Actor focal = new Actor("t", "CL", FP, Set.of(Role.FOCAL_POINT));
        Actor owner = new Actor("t", "CL", unique("org-cl-owner"), Set.of(Role.SME));
        var coordinator = focalPoints.designate(admin, new FocalPointRequest("CL SME Centre", FocalPointKind.SME_CENTRE,
                List.of(FocalPointFunction.ENTERPRISE_COOPERATION), unique("org-cl-coordinator"), null,
                List.of(new FocalPointRequest.ContactPersonRequest("Desk", null, "desk@sme.cl.example", null))));
        var cluster = clusters.form(admin, new ClusterRequest("Coffee cluster", "1079", "Valparaíso",
                coordinator.id(), null));
        Enterprise enterprise = enterprises.register(owner, registration(unique("M")));
        String path = row.path();
        boolean stayRegistered = path.equals("/api/registry/enterprises/{id}") && row.method().equals("GET")
                || path.endsWith("/verification");
        if (!stayRegistered) {
            enterprise = enterprises.verify(focal, enterprise.id());
        }
        if (path.endsWith("/reinstatement")) {
            enterprise = enterprises.suspend(focal, enterprise.id(), null);
        }
        if (path.endsWith("/members/{enterpriseId}")) {
            enterprise = enterprises.join(focal, cluster.id(), enterprise.id());
        }
        String networkId = unique("net");
        directory.publish(new PublicEnterpriseProfile(networkId, "TH", enterprise.profile(), List.of(), Instant.now(),
                Instant.now()), 1, "TH.smenet.public.registry.enterprise.v1");
        return new Fixture(enterprise, coordinator.id(), cluster.id(), networkId);
    }

    private static EnterpriseRequest registration(String registrationNumber) {
        return new EnterpriseRequest(registrationNumber, "Matrix Foods", org.smenet.contracts.registry.SizeClass.MICRO,
                2015, List.of("1079"), List.of("090111"), List.of(), List.of(), List.of(), List.of("VN"), List.of(),
                List.of("es"), null, null, true);
    }

    @Override
    public String body(Row row, Fixture f) {
        String path = row.path();
        if (path.equals("/api/registry/enterprises") || path.equals("/api/registry/enterprises/{id}")) {
            return RegistryFlowTest.enterpriseJson(unique("M"), true);
        }
        if (path.equals("/api/registry/focal-points")) {
            return """
                    {"name":"Chamber","kind":"APEX_CHAMBER","functions":["TRADE_DEVELOPMENT"],"org":"org-chamber"}""";
        }
        if (path.equals("/api/registry/clusters")) {
            return """
                    {"name":"Fruit cluster","sectorIsic":"0121","region":"Maule","coordinatorFocalPointId":"%s"}"""
                    .formatted(f.focalPointId());
        }
        if (path.equals("/api/registry/clusters/{id}/members")) {
            return "{\"enterpriseId\":\"" + f.enterprise().id() + "\"}";
        }
        return "{}";
    }
}

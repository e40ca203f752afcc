package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.store.NetworkDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every registry endpoint × every role × own economy (CL, where the fixtures live) / other economy
 * (VN) / no token, with the exact status expected. Fails when an endpoint exists that the matrix
 * does not list.
 */
@RegistryIntegration
class AuthorizationMatrixTest {

    static final List<Role> ROLES = List.of(Role.SME, Role.FOCAL_POINT, Role.ECONOMY_ADMIN, Role.EXPERT,
            Role.NETWORK_OPERATOR);

    /** Expected statuses: for each role, [own economy, other economy]. No token is always 401. */
    record Row(String method, String path, Map<Role, int[]> expected) {
    }

    static Map<Role, int[]> statuses(int sme, int focal, int admin, int expert, int operator,
            int smeOther, int focalOther, int adminOther, int expertOther, int operatorOther) {
        Map<Role, int[]> map = new LinkedHashMap<>();
        map.put(Role.SME, new int[] {sme, smeOther});
        map.put(Role.FOCAL_POINT, new int[] {focal, focalOther});
        map.put(Role.ECONOMY_ADMIN, new int[] {admin, adminOther});
        map.put(Role.EXPERT, new int[] {expert, expertOther});
        map.put(Role.NETWORK_OPERATOR, new int[] {operator, operatorOther});
        return map;
    }

    static Map<Role, int[]> all(int status) {
        return statuses(status, status, status, status, status, status, status, status, status, status);
    }

    static final List<Row> MATRIX = List.of(
            new Row("POST", "/api/registry/enterprises", statuses(201, 403, 403, 403, 403, 201, 403, 403, 403, 403)),
            new Row("GET", "/api/registry/enterprises", all(200)),
            // a registered (not yet public) enterprise: invisible to other economies
            new Row("GET", "/api/registry/enterprises/{id}", statuses(200, 200, 200, 200, 200, 404, 404, 404, 404, 404)),
            new Row("PUT", "/api/registry/enterprises/{id}", statuses(200, 403, 403, 403, 403, 404, 404, 404, 404, 404)),
            new Row("POST", "/api/registry/enterprises/{id}/verification",
                    statuses(403, 200, 403, 403, 403, 404, 404, 404, 404, 404)),
            new Row("POST", "/api/registry/enterprises/{id}/suspension",
                    statuses(403, 200, 403, 403, 403, 403, 403, 403, 403, 403)),
            new Row("POST", "/api/registry/enterprises/{id}/reinstatement",
                    statuses(403, 200, 403, 403, 403, 404, 404, 404, 404, 404)),
            new Row("POST", "/api/registry/enterprises/{id}/deactivation",
                    statuses(200, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
            new Row("POST", "/api/registry/focal-points", statuses(403, 403, 201, 403, 403, 403, 403, 201, 403, 403)),
            new Row("GET", "/api/registry/focal-points", all(200)),
            new Row("GET", "/api/registry/focal-points/{id}", all(200)),
            new Row("POST", "/api/registry/focal-points/{id}/revocation",
                    statuses(403, 403, 200, 403, 403, 403, 403, 403, 403, 403)),
            // the coordinator is a CL focal point: a VN institution cannot take it
            new Row("POST", "/api/registry/clusters", statuses(403, 201, 201, 403, 403, 403, 400, 400, 403, 403)),
            new Row("GET", "/api/registry/clusters", all(200)),
            new Row("GET", "/api/registry/clusters/{id}", all(200)),
            new Row("POST", "/api/registry/clusters/{id}/members",
                    statuses(200, 200, 403, 403, 403, 403, 403, 403, 403, 403)),
            new Row("DELETE", "/api/registry/clusters/{id}/members/{enterpriseId}",
                    statuses(200, 200, 403, 403, 403, 403, 403, 403, 403, 403)),
            new Row("GET", "/api/registry/network/enterprises", all(200)),
            new Row("GET", "/api/registry/network/enterprises/{id}", all(200)),
            new Row("POST", "/api/registry/demo-data", statuses(403, 403, 200, 403, 200, 403, 403, 200, 403, 200)),
            // the kit's operator view of parked outbox events (an admin sees its own economy's only)
            new Row("GET", "/api/registry/operator/outbox/parked", statuses(403, 403, 200, 403, 200, 403, 403, 200, 403, 200)),
            new Row("POST", "/api/registry/operator/outbox/parked/{id}/retry",
                    statuses(403, 403, 404, 403, 404, 403, 403, 404, 403, 404)),
            new Row("DELETE", "/api/registry/operator/outbox/parked/{id}",
                    statuses(403, 403, 404, 403, 404, 403, 403, 404, 403, 404)));

    @Autowired
    WebApplicationContext context;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    FocalPointService focalPoints;
    @Autowired
    NetworkDirectory directory;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = RegistryTestSupport.mockMvc(context);
    }

    @Test
    void everyEndpointOfTheRegistryIsInTheMatrix() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + path));
                }
            }
        });
        Set<String> listed = new TreeSet<>();
        MATRIX.forEach(row -> listed.add(row.method() + " " + row.path()));
        assertThat(listed).isEqualTo(served);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRoleTimesEconomy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Role role : ROLES) {
                for (int other = 0; other <= 1; other++) {
                    String economy = other == 0 ? "CL" : "VN";
                    int expected = row.expected().get(role)[other];
                    tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + role + " of " + economy
                            + " → " + expected, () -> assertStatus(row, role, economy, expected)));
                }
            }
            tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " without a token → 401",
                    () -> assertStatus(row, null, null, 401)));
        }
        return tests.stream();
    }

    /** Fresh fixtures for every cell, so one cell's change never decides another's status. */
    private void assertStatus(Row row, Role role, String economy, int expected) throws Exception {
        Fixture f = fixture(row);
        String path = row.path().replace("{id}", f.idFor(row.path())).replace("{enterpriseId}", f.enterprise.id());
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(row.method()), path)
                .contentType(MediaType.APPLICATION_JSON).content(body(row, f));
        if (path.endsWith("/demo-data")) {
            call.param("enterprises", "1");
        }
        if (role != null) {
            call.with(token(economy, org(role, economy, f), role.name()));
        }
        int status = mvc.perform(call).andReturn().getResponse().getStatus();
        assertThat(status).as("%s %s as %s of %s", row.method(), row.path(), role, economy).isEqualTo(expected);
    }

    private static String org(Role role, String economy, Fixture f) {
        if (role == Role.SME && "CL".equals(economy)) {
            return f.enterprise.ownerOrg();
        }
        return "org-" + economy.toLowerCase() + "-" + role.name().toLowerCase();
    }

    record Fixture(Enterprise enterprise, String focalPointId, String clusterId, String networkId) {
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
            return enterprise.id();
        }
    }

    private Fixture fixture(Row row) {
        Actor admin = new Actor("t", "CL", "org-cl-admin", Set.of(Role.ECONOMY_ADMIN));
        Actor focal = new Actor("t", "CL", "org-cl-fp-1", Set.of(Role.FOCAL_POINT));
        Actor owner = new Actor("t", "CL", unique("org-cl-owner"), Set.of(Role.SME));
        var focalPoint = focalPoints.designate(admin, new FocalPointRequest("CL SME Centre", FocalPointKind.SME_CENTRE,
                List.of(FocalPointFunction.TRAINING), "org-cl-fp-1", null, null));
        var cluster = focalPoints.form(admin, new ClusterRequest("Coffee cluster", "1079", "Valparaíso",
                focalPoint.id(), null));
        Enterprise enterprise = enterprises.register(owner, registration(unique("M")));
        String path = row.path();
        boolean stayRegistered = path.equals("/api/registry/enterprises/{id}")
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
        return new Fixture(enterprise, focalPoint.id(), cluster.id(), networkId);
    }

    private static EnterpriseRequest registration(String registrationNumber) {
        return new EnterpriseRequest(registrationNumber, "Matrix Foods", org.smenet.contracts.registry.SizeClass.MICRO,
                2015, List.of("1079"), List.of("090111"), List.of(), List.of(), List.of(), List.of("VN"), List.of(),
                List.of("es"), null, null, true);
    }

    private static String body(Row row, Fixture f) {
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

package org.smenet.testsupport.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smenet.testsupport.authz.AuthorizationMatrix.all;
import static org.smenet.testsupport.authz.AuthorizationMatrix.caller;
import static org.smenet.testsupport.authz.AuthorizationMatrix.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smenet.testsupport.authz.AuthorizationMatrix.Exchange;
import org.smenet.testsupport.authz.AuthorizationMatrix.Fixtures;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The runner itself, against a tiny service of one rule: a thing is read by everyone with a token, and
 * changed only by its owner (an organisation the fixture makes) of CL; strangers get 404 and other
 * economies 403. A wrong expectation must fail with every wrong cell in one table.
 */
class AuthorizationMatrixRunnerTest {

    enum Role { SME, FOCAL_POINT }

    record Thing(String id, String owner) {
    }

    static final List<AuthorizationMatrix.Caller<Thing>> CALLERS = List.of(
            caller("OWNER", "CL", Thing::owner, Role.SME),
            caller("STRANGER", "CL", "org-cl-stranger", Role.SME),
            caller("FOCAL_POINT_OF_PE", "PE", "org-pe-fp", Role.FOCAL_POINT));

    static final AuthorizationMatrix<Thing> RIGHT = AuthorizationMatrix.of(CALLERS,
            row("GET", "/api/things/{id}", all(200)),
            row("PUT", "/api/things/{id}", "200 404 403"),
            row("GET", "/api/status", all(200)).withoutToken(200));

    final List<String> calls = new ArrayList<>();
    int fixtures;

    /** The tiny service: the status from the rule, the caller read from the token the matrix attached. */
    final Exchange service = call -> {
        MockHttpServletRequest request = call.buildRequest(new MockServletContext());
        request = call.postProcessRequest(request);
        Jwt token = token(request);
        byte[] body = request.getContentAsByteArray();
        calls.add(request.getMethod() + " " + request.getRequestURI() + " " + (body == null ? "" : new String(body)) + " "
                + request.getHeader("If-Match") + " " + (token == null ? "-" : token.getClaimAsString("org")));
        if (request.getRequestURI().equals("/api/status")) {
            return 200;
        }
        if (token == null) {
            return 401;
        }
        if (request.getMethod().equals("GET")) {
            return 200;
        }
        if (!token.getClaimAsString("economy").equals("CL")) {
            return 403;
        }
        return request.getRequestURI().endsWith("/" + token.getClaimAsString("org").replace("org-", "")) ? 200 : 404;
    };

    final Things things = new Things();

    /** A fresh thing for every cell, its id made from its owner's organisation. */
    class Things implements Fixtures<Thing> {
        boolean brokenForPut;

        @Override
        public Thing fixture(Row row) {
            if (brokenForPut && row.method().equals("PUT")) {
                throw new IllegalStateException("no thing today");
            }
            fixtures++;
            String owner = "org-owner-" + fixtures;
            return new Thing(owner.replace("org-", ""), owner);
        }

        @Override
        public String path(Row row, Thing thing) {
            return row.path().replace("{id}", thing.id());
        }

        @Override
        public String body(Row row, Thing thing) {
            return row.method().equals("PUT") ? "{\"name\":\"x\"}" : null;
        }

        @Override
        public void prepare(Row row, Thing thing, MockHttpServletRequestBuilder call) {
            if (row.method().equals("PUT")) {
                call.header("If-Match", "*");
            }
        }
    }

    /** The token's context, where Spring Security's test support leaves it for a filter chain to load. */
    private static Jwt token(MockHttpServletRequest request) {
        for (String name : java.util.Collections.list(request.getAttributeNames())) {
            if (request.getAttribute(name) instanceof SecurityContext context
                    && context.getAuthentication() instanceof JwtAuthenticationToken jwt) {
                return jwt.getToken();
            }
        }
        return null;
    }

    @Test
    void passesWhenEveryCellIsAsExpectedWithAFreshFixtureEveryCall() {
        RIGHT.verify(service, things);

        assertThat(RIGHT.cells()).isEqualTo(12);
        assertThat(fixtures).isEqualTo(12);
        assertThat(calls).contains("PUT /api/things/owner-5 {\"name\":\"x\"} * org-owner-5",
                "PUT /api/things/owner-6 {\"name\":\"x\"} * org-cl-stranger",
                "PUT /api/things/owner-8 {\"name\":\"x\"} * -",
                "GET /api/things/owner-1  null org-owner-1");
    }

    @Test
    void reportsEveryWrongCellAtOnceAsATable() {
        AuthorizationMatrix<Thing> wrong = AuthorizationMatrix.of(CALLERS,
                row("GET", "/api/things/{id}", all(200)),
                row("PUT", "/api/things/{id}", "200 200 404"),
                row("GET", "/api/status", all(200)));

        assertThatThrownBy(() -> wrong.verify(service, things)).isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Authorization matrix: 3 of 12 cells wrong (expected → actual; . as expected)
                        endpoint             | OWNER | STRANGER  | FOCAL_POINT_OF_PE | no token
                        PUT /api/things/{id} | .     | 200 → 404 | 404 → 403         | .
                        GET /api/status      | .     | .         | .                 | 401 → 200""");
        assertThat(fixtures).as("every cell is called, not only up to the first wrong one").isEqualTo(12);
    }

    @Test
    void aCellThatThrowsIsAWrongCellAndTheOthersStillRun() {
        things.brokenForPut = true;

        assertThatThrownBy(() -> RIGHT.verify(service, things))
                .hasMessageContaining("4 of 12 cells wrong")
                .hasMessageContaining("PUT /api/things/{id} | 200 → ERR | 404 → ERR | 403 → ERR         | 401 → ERR")
                .hasMessageContaining("PUT /api/things/{id} as STRANGER: java.lang.IllegalStateException: no thing today")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(4));
    }

    @Test
    void aRowMustHaveAStatusForEveryCaller() {
        assertThatThrownBy(() -> AuthorizationMatrix.of(CALLERS, row("GET", "/api/things/{id}", "200 200")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GET /api/things/{id} has 2 statuses for 3 callers [OWNER, STRANGER, FOCAL_POINT_OF_PE, no token]");
    }

    @Test
    void mustListExactlyTheServedEndpoints() {
        RIGHT.assertListsExactly(Set.of("GET /api/things/{id}", "PUT /api/things/{id}", "GET /api/status"));

        assertThatThrownBy(() -> RIGHT.assertListsExactly(Set.of("GET /api/things/{id}", "PUT /api/things/{id}",
                "DELETE /api/things/{id}")))
                .hasMessage("""
                        the matrix must list exactly the served endpoints
                          served, but no row: DELETE /api/things/{id}
                          a row, but not served: GET /api/status""");
    }
}

package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class GatewaySecurityTest extends GatewayTestBase {

    @Test
    void refusesAnApiCallWithoutTokenWithAProblemAndABearerChallenge() {
        client.get().uri("/api/registry/enterprises")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/unauthorized")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/registry/enterprises");
    }

    @Test
    void routesTheConfiguredPublicPathsWithoutATokenAndNothingElse() {
        // the Atom feed is public (the opportunities service is not running here: the route answers 503, not 401)
        client.get().uri("/api/opportunities/feed.atom").exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        client.post().uri("/api/training/verifications").exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        // the node's public keys, which peers pin
        client.get().uri("/.well-known/smenet/jwks.json").exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        // the same services' other paths and other methods still need a token
        client.get().uri("/api/opportunities/feed").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/api/training/verifications").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refusesATokenIssuedForAnotherAudience() {
        String token = STUB.tokens().mint("user-aud", "some-other-api", Instant.now().plus(Duration.ofMinutes(5)));

        client.get().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/unauthorized")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).containsIgnoringCase("aud"));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = STUB.tokens().mint("user-exp", "smenet", Instant.now().minus(Duration.ofMinutes(5)));

        client.get().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).containsIgnoringCase("expired"));
    }

    @Test
    void refusesAValidTokenOutsideTheRoutesWithA403Problem() {
        client.get().uri("/actuator/env")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/forbidden")
                .jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void keepsTheFallbackHandlerUnreachableFromOutside() {
        client.get().uri("/fallback/registry")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().returnResult();
    }

    @Test
    void leavesHealthInfoMetricsAndTheOpenApiUiOpen() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/info").exchange().expectStatus().isOk().expectBody().returnResult();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
        client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk()
                .expectBody().returnResult();
    }

    @Test
    void sendsSecurityHeaders() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().value("Content-Security-Policy",
                        csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"))
                .expectBody().returnResult();
    }

    @Test
    void allowsThePortalOriginAndNoOtherAcrossOrigins() {
        client.options().uri("/api/registry/enterprises")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:8080")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:8080")
                .expectBody().returnResult();

        client.options().uri("/api/registry/enterprises")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).containsIgnoringCase("origin"))
                .jsonPath("$.instance").isEqualTo("/api/registry/enterprises")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void refusesAnActualRequestFromAForeignOriginWithAProblemBeforeRoutingIt() {
        String path = "/api/registry/enterprises/foreign-" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/forbidden");
        assertThat(STUB.callsTo(path)).isZero();
    }

    @Test
    void answersAnUnknownHealthGroupWithANotFoundProblem() {
        client.get().uri("/actuator/health/no-such-group")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/actuator/health/no-such-group")
                .jsonPath("$.correlationId").isNotEmpty();
        // the known groups still answer as before
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void countsRefusedRequests() {
        double before = refusals("401");
        client.get().uri("/api/registry/enterprises").exchange().expectStatus().isUnauthorized()
                .expectBody().returnResult();
        assertThat(refusals("401")).isEqualTo(before + 1);
    }

    private double refusals(String status) {
        String metrics = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return metrics.lines()
                .filter(line -> line.startsWith("gateway_security_refusals_total{"))
                .filter(line -> line.contains("status=\"" + status + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void keepsTheGatewaysCorsAnswerWhenAServiceSendsItsOwn() {
        client.get().uri("/api/registry/cors-minded")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:8080")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valuesMatch(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127\\.0\\.0\\.1:8080")
                .expectBody().returnResult();
    }
}

package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.smenet.gateway.StubService.Seen;

class GatewayRoutingTest extends GatewayTestBase {

    @Test
    void routesToTheServiceWithTheSamePathQueryAndToken() {
        String bearer = bearerForNewCaller();

        client.get().uri("/api/registry/enterprises/e-42?economy=TH")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.uri").isEqualTo("/api/registry/enterprises/e-42?economy=TH");

        Seen seen = STUB.lastAt("/api/registry/enterprises/e-42?economy=TH").orElseThrow();
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);

        // the same token again: now a verified token, served by the Netty fast path, with the same outcome
        double taken = fastPathTaken();
        client.get().uri("/api/registry/enterprises/e-43?economy=TH")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.uri").isEqualTo("/api/registry/enterprises/e-43?economy=TH");
        assertThat(fastPathTaken()).isEqualTo(taken + 1);
        assertThat(STUB.lastAt("/api/registry/enterprises/e-43?economy=TH").orElseThrow()
                .headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
    }

    @Test
    void passesABodyWithinTheLimitThrough() {
        client.post().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Siam Ceramics\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(24);
    }

    @Test
    void stripsClientSuppliedIdentityAndEconomyHeaders() {
        String uri = "/api/registry/enterprises/stripped-" + UUID.randomUUID();

        client.get().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .header("X-Economy", "CL")
                .header("X-Org", "someone-else")
                .header("X-Roles", "ECONOMY_ADMIN")
                .header("X-User-Id", "admin")
                .header("X-Forwarded-User", "admin")
                .header("X-Smenet-Economy", "CL")
                .header("X-Correlation-Id", "kept-correlation-0001")
                .header("X-Other", "kept")
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();

        HttpHeaders downstream = STUB.lastAt(uri).orElseThrow().headers();
        assertThat(downstream.headerNames()).noneMatch(name -> name.equalsIgnoreCase("X-Economy")
                || name.equalsIgnoreCase("X-Org") || name.equalsIgnoreCase("X-Roles")
                || name.toLowerCase().startsWith("x-user") || name.equalsIgnoreCase("X-Forwarded-User")
                || name.toLowerCase().startsWith("x-smenet-"));
        assertThat(downstream.getFirst("X-Correlation-Id")).isEqualTo("kept-correlation-0001");
        assertThat(downstream.getFirst("X-Other")).isEqualTo("kept");
    }

    @Test
    void generatesACorrelationIdPassesItDownstreamAndEchoesIt() {
        String uri = "/api/registry/enterprises/correlated-" + UUID.randomUUID();

        String echoed = client.get().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(echoed).isNotNull();
        assertThat(UUID.fromString(echoed).toString()).isEqualTo(echoed);
        assertThat(STUB.lastAt(uri).orElseThrow().headers().getFirst("X-Correlation-Id")).isEqualTo(echoed);
    }

    @Test
    void keepsAWellFormedCorrelationIdAndReplacesAMalformedOne() {
        client.get().uri("/actuator/health")
                .header("X-Correlation-Id", "portal-7f3a9c21")
                .exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "portal-7f3a9c21")
                .expectBody().returnResult();

        String replaced = client.get().uri("/actuator/health")
                .header("X-Correlation-Id", "<script>alert(1)</script>")
                .exchange()
                .expectBody().returnResult().getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(replaced).isNotEqualTo("<script>alert(1)</script>");
        assertThat(UUID.fromString(replaced).toString()).isEqualTo(replaced);
    }

    @Test
    void retriesAFailedGetButNeverAPost() {
        String getPath = "/api/registry/flaky/" + UUID.randomUUID();
        client.get().uri(getPath).header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
        assertThat(STUB.callsTo(getPath)).isEqualTo(2);

        String postPath = "/api/registry/flaky/" + UUID.randomUUID();
        client.post().uri(postPath).header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().returnResult();
        assertThat(STUB.callsTo(postPath)).isEqualTo(1);
    }

    @Test
    void recordsPerRouteMetricsForPrometheus() {
        client.get().uri("/api/registry/enterprises/metered")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();

        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics.lines()
                        .filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{"))
                        .filter(line -> line.contains("routeId=\"registry\""))
                        .filter(line -> line.contains("httpStatusCode=\"200\"")))
                        .isNotEmpty());
    }

    @Test
    void timesEachRouteByMethodAndStatusWithTheGatewaysTags() {
        client.post().uri("/api/registry/enterprises/metered-post")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
        // matchmaking is down: its circuit breaker's fallback answers 503, timed on its own route
        client.get().uri("/api/matchmaking/metered")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().returnResult();

        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> {
                    assertThat(metrics.lines()
                            .filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{"))
                            .filter(line -> line.contains("routeId=\"registry\""))
                            .filter(line -> line.contains("httpMethod=\"POST\""))
                            .filter(line -> line.contains("httpStatusCode=\"200\""))
                            .filter(line -> line.contains("outcome=\"SUCCESSFUL\""))
                            .filter(line -> line.contains("status=\"OK\""))
                            .filter(line -> line.contains("routeUri=\"" + STUB.baseUrl() + "\"")))
                            .isNotEmpty();
                    assertThat(metrics.lines()
                            .filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{"))
                            .filter(line -> line.contains("routeId=\"matchmaking\""))
                            .filter(line -> line.contains("httpStatusCode=\"503\""))
                            .filter(line -> line.contains("outcome=\"SERVER_ERROR\"")))
                            .isNotEmpty();
                });
    }

    @Test
    void servesEachServiceOpenApiDocumentUnderItsNameNamingTheGatewayAsServer() {
        client.get().uri("/v3/api-docs/registry")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0")
                .jsonPath("$.servers[0].url").value(url -> assertThat((String) url).doesNotContain(
                        STUB.baseUrl().substring("http://".length())));

        assertThat(STUB.lastAt("/v3/api-docs")).isPresent();
    }

    @Test
    void listsEveryServiceInTheOpenApiUi() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains("registry", "matchmaking", "opportunities", "training", "consultation"))
                .jsonPath("$.urls[?(@.name=='registry')].url").isEqualTo("/v3/api-docs/registry");
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection()
                .expectBody().returnResult();
    }
}

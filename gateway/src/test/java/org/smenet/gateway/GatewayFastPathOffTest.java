package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/** {@code smenet.gateway.fast-path.enabled=false}: every request through Spring Cloud Gateway, as before. */
@TestPropertySource(properties = "smenet.gateway.fast-path.enabled=false")
class GatewayFastPathOffTest extends GatewayTestBase {

    @Test
    void routesAKnownTokensRequestsWithoutTheFastPath() {
        String bearer = bearerForNewCaller();
        for (int i = 0; i < 2; i++) {
            client.get().uri("/api/registry/enterprises/off-" + i)
                    .header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("X-Correlation-Id")
                    .expectBody().jsonPath("$.uri").isEqualTo("/api/registry/enterprises/off-" + i);
        }
        assertThat(meters.find("gateway.fast.path.requests").counter()).isNull();
    }
}

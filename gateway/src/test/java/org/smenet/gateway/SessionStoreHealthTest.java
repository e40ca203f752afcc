package org.smenet.gateway;

import java.time.Duration;
import java.util.UUID;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shared session store in {@code /actuator/health}: component {@code sessionStore} UP while the dev store answers
 * (it answers no {@code hello}, so Boot's own Mongo check would not do), DOWN once it is gone — in its own
 * {@code sessions} group and the overall status, never in liveness or readiness, and the API is still routed.
 */
class SessionStoreHealthTest {

    private static MongoServer store;
    private static StubService stub;
    private static ConfigurableApplicationContext gateway;
    private static WebTestClient client;

    @BeforeAll
    static void startStoreAndGateway() {
        store = new MongoServer(new MemoryBackend());
        String uri = store.bindAndGetConnectionString();
        stub = new StubService();
        gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--SMENET_ISSUER_URI=" + stub.baseUrl(),
                "--SMENET_REGISTRY_URI=" + stub.baseUrl(),
                "--SMENET_PORTAL_URI=" + stub.baseUrl(),
                // a store that is gone is noticed within a second, not the driver's default 30
                "--SMENET_GATEWAY_MONGODB_URI=" + uri + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=500",
                "--smenet.gateway.rate-limit.redis-url=");
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stopEverything() {
        if (gateway != null) {
            gateway.close();
        }
        if (stub != null) {
            stub.close();
        }
        if (store != null) {
            store.shutdownNow();
        }
    }

    @Test
    void theSessionStoreIsAComponentOfHealthThatNeverFailsLivenessOrReadiness() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.sessionStore.status").isEqualTo("UP")
                // components without details: no database names or errors for anyone who asks
                .jsonPath("$.components.sessionStore.details").doesNotExist();
        client.get().uri("/actuator/health/sessions").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");

        store.shutdownNow();

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> client.get().uri("/actuator/health/sessions").exchange()
                        .expectStatus().isEqualTo(503).expectBody().jsonPath("$.status").isEqualTo("DOWN"));
        client.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503).expectBody()
                .jsonPath("$.components.sessionStore.status").isEqualTo("DOWN");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        // the API needs no session: still routed
        String path = "/api/registry/enterprises/e-health-" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stub.tokens().forSubject("user-" + UUID.randomUUID()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.uri").isEqualTo(path);
    }
}

package org.smenet.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One gateway on a random port for all web tests (one Spring context): the registry and the identity
 * provider are a {@link StubService}; matchmaking points at a port nobody listens on. Each test uses
 * its own token subject, so rate-limit buckets (burst 5, 1 per second here) never cross tests.
 * Every exchange reads its body ({@code expectBody()}): WebTestClient keeps the pooled connection of an
 * unread response (spring-framework#29817), and sixteen of those exhaust the pool and hang the next call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "smenet.gateway.rate-limit.burst-capacity=5",
        "smenet.gateway.rate-limit.replenish-rate=1",
        "smenet.gateway.rate-limit.redis-url=",
        // sessions in this process: the shared store has its own test (SharedSessionsTest)
        "smenet.gateway.sessions.store=memory",
        "resilience4j.timelimiter.configs.default.timeout-duration=2s"})
@AutoConfigureWebTestClient(timeout = "30s")
abstract class GatewayTestBase {

    static final StubService STUB = new StubService();
    static final int DEAD_PORT = freePort();

    @Autowired
    WebTestClient client;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** Requests the Netty fast path answered so far ({@code gateway_fast_path_requests_total{outcome="taken"}}). */
    double fastPathTaken() {
        return fastPathCount("taken");
    }

    double fastPathCount(String outcome) {
        io.micrometer.core.instrument.Counter counter = meters.find("gateway.fast.path.requests")
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("SMENET_ISSUER_URI", STUB::baseUrl);
        registry.add("SMENET_REGISTRY_URI", STUB::baseUrl);
        registry.add("SMENET_PORTAL_URI", STUB::baseUrl);
        registry.add("SMENET_MATCHMAKING_URI", () -> "http://127.0.0.1:" + DEAD_PORT);
    }

    /** A fresh caller: its own subject, so its own rate-limit bucket. */
    static String bearerForNewCaller() {
        return "Bearer " + STUB.tokens().forSubject("user-" + UUID.randomUUID());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;

import org.smenet.gateway.StubService.Seen;

/**
 * The Netty fast path (org.smenet.gateway.fastpath) against the real gateway, over raw sockets: a request with a
 * token the gateway has verified before is answered by the fast path, byte for byte as Spring Cloud Gateway
 * answers it, and everything the fast path cannot decide at once still gets the slow path's answer.
 */
class GatewayFastPathTest extends GatewayTestBase {

    /** Headers whose values differ between two calls by design. */
    private static final Set<String> PER_CALL = Set.of("x-correlation-id", "x-ratelimit-remaining", "date");

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    private static String auth(String bearer) {
        return "Authorization: " + bearer;
    }

    /** A caller whose token the gateway has verified once (through the slow path), so the next call is fast. */
    private String knownCaller() {
        String bearer = bearerForNewCaller();
        client.get().uri("/api/registry/warm-up").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange().expectStatus().isOk().expectBody().returnResult();
        return bearer;
    }

    @Test
    void answersAKnownTokensGetExactlyAsTheSlowPathDoes() {
        String bearer = bearerForNewCaller();
        String uri = "/api/registry/enterprises/same-" + UUID.randomUUID() + "?economy=TH";
        try (RawHttp http = new RawHttp(port)) {
            double taken = fastPathTaken();
            RawHttp.Response slow = http.exchange(RawHttp.request("GET", uri, auth(bearer),
                    "X-Correlation-Id: compare-slow-0001", "Accept: application/json"));
            assertThat(fastPathTaken()).isEqualTo(taken);
            RawHttp.Response fast = http.exchange(RawHttp.request("GET", uri, auth(bearer),
                    "X-Correlation-Id: compare-fast-0001", "Accept: application/json"));
            assertThat(fastPathTaken()).isEqualTo(taken + 1);

            assertThat(fast.status()).isEqualTo(slow.status()).isEqualTo(200);
            assertThat(comparable(fast.headers())).isEqualTo(comparable(slow.headers()));
            assertThat(fast.bodyText()).isEqualTo(slow.bodyText());
            assertThat(slow.header("X-Correlation-Id")).isEqualTo("compare-slow-0001");
            assertThat(fast.header("X-Correlation-Id")).isEqualTo("compare-fast-0001");
            assertThat(slow.header("X-RateLimit-Remaining")).isEqualTo("4");
            assertThat(Integer.parseInt(fast.header("X-RateLimit-Remaining"))).isBetween(0, 4);
        }
        List<Seen> seen = STUB.allAt(uri);
        assertThat(seen).hasSize(2);
        assertThat(comparable(seen.get(1).headers())).isEqualTo(comparable(seen.get(0).headers()));
        assertThat(seen.get(1).headers().getFirst("X-Correlation-Id")).isEqualTo("compare-fast-0001");
        assertThat(seen.get(1).headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
    }

    @Test
    void answersAKnownTokensPostWithABodyExactlyAsTheSlowPathDoes() {
        String bearer = bearerForNewCaller();
        String uri = "/api/registry/enterprises/posted-" + UUID.randomUUID();
        String body = "{\"legalName\":\"Siam Ceramics\",\"note\":\"" + "x".repeat(20_000) + "\"}";
        try (RawHttp http = new RawHttp(port)) {
            double taken = fastPathTaken();
            RawHttp.Response slow = http.exchange(RawHttp.request("POST", uri, auth(bearer),
                    "Content-Type: application/json", "Content-Length: " + body.length()) + body);
            assertThat(fastPathTaken()).isEqualTo(taken);
            RawHttp.Response fast = http.exchange(RawHttp.request("POST", uri, auth(bearer),
                    "Content-Type: application/json", "Content-Length: " + body.length()) + body);
            assertThat(fastPathTaken()).isEqualTo(taken + 1);
            assertThat(fast.status()).isEqualTo(slow.status()).isEqualTo(200);
            assertThat(comparable(fast.headers())).isEqualTo(comparable(slow.headers()));
            assertThat(fast.bodyText()).isEqualTo(slow.bodyText()).contains("\"bodyBytes\":" + body.length());
            // and a PUT, whose body arrives in pieces
            http.send(RawHttp.request("PUT", uri, auth(bearer), "Content-Length: " + body.length())
                    + body.substring(0, 1000));
            http.send(body.substring(1000));
            assertThat(http.read(false).bodyText()).contains("\"method\":\"PUT\"")
                    .contains("\"bodyBytes\":" + body.length());
            assertThat(fastPathTaken()).isEqualTo(taken + 2);
        }
        List<Seen> seen = STUB.allAt(uri);
        assertThat(comparable(seen.get(1).headers())).isEqualTo(comparable(seen.get(0).headers()));
        assertThat(seen.get(1).bodyBytes()).isEqualTo(body.length());
    }

    @Test
    void neverSendsAPostTwice() {
        String bearer = knownCaller();
        String flaky = "/api/registry/flaky/" + UUID.randomUUID();
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response answer = http.exchange(RawHttp.request("POST", flaky, auth(bearer),
                    "Content-Length: 2") + "{}");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.bodyText()).isEqualTo("{\"call\":1}"); // the service's own answer, relayed
            RawHttp.Response tooLarge = http.exchange(RawHttp.request("POST", "/api/registry/big-post", auth(bearer),
                    "Content-Length: 2000000"));
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.bodyText()).contains("payload-too-large");
        }
        assertThat(STUB.callsTo(flaky)).isEqualTo(1);
        assertThat(fastPathTaken()).isEqualTo(taken + 1);
    }

    @Test
    void answersAPostToAServiceThatIsDownAsTheSlowPathDoes() {
        String bearer = bearerForNewCaller();
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response slow = http.exchange(RawHttp.request("POST", "/api/matchmaking/down", auth(bearer),
                    "Content-Length: 2") + "{}");
            RawHttp.Response fast = http.exchange(RawHttp.request("POST", "/api/matchmaking/down", auth(bearer),
                    "Content-Length: 2") + "{}");
            assertThat(fast.status()).isEqualTo(slow.status()).isEqualTo(503);
            assertThat(comparable(fast.headers())).isEqualTo(comparable(slow.headers()));
            assertThat(fast.bodyText()).contains("\"service\":\"matchmaking\"");
            // the connection goes on
            assertThat(http.exchange(RawHttp.request("GET", "/api/registry/after-down", auth(bearer))).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void answersAHeadAndADeleteAsTheSlowPathDoes() {
        String bearer = bearerForNewCaller();
        String uri = "/api/registry/enterprises/head-" + UUID.randomUUID();
        try (RawHttp http = new RawHttp(port)) {
            for (String method : List.of("HEAD", "DELETE")) {
                double taken = fastPathTaken();
                http.send(RawHttp.request(method, uri, auth(bearer)));
                RawHttp.Response first = http.read(method.equals("HEAD"));
                http.send(RawHttp.request(method, uri, auth(bearer)));
                RawHttp.Response second = http.read(method.equals("HEAD"));
                assertThat(fastPathTaken()).isGreaterThan(taken);
                assertThat(second.status()).isEqualTo(first.status()).isEqualTo(200);
                assertThat(comparable(second.headers())).isEqualTo(comparable(first.headers()));
                assertThat(second.bodyText()).isEqualTo(first.bodyText());
            }
        }
        List<Seen> seen = STUB.allAt(uri);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(comparable(seen.get(i).headers())).isEqualTo(comparable(seen.get(0).headers()));
        }
    }

    @Test
    void passesRequestsWithIdentityHeadersToTheSlowPathWhichStripsThem() {
        String bearer = knownCaller();
        String uri = "/api/registry/enterprises/claims-" + UUID.randomUUID();
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response response = http.exchange(RawHttp.request("GET", uri, auth(bearer),
                    "X-Economy: CL", "X-User-Id: admin", "X-Smenet-Org: x", "X-Correlation-Id: kept-correlation-0002"));
            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(fastPathTaken()).isEqualTo(taken);
        HttpHeaders downstream = STUB.lastAt(uri).orElseThrow().headers();
        assertThat(downstream.headerNames()).noneMatch(name -> name.equalsIgnoreCase("X-Economy")
                || name.toLowerCase(Locale.ROOT).startsWith("x-user") || name.toLowerCase(Locale.ROOT).startsWith("x-smenet"));
        assertThat(downstream.getFirst("X-Correlation-Id")).isEqualTo("kept-correlation-0002");
    }

    @Test
    void keepsAWellFormedCorrelationIdAndGeneratesOneOtherwise() {
        String bearer = knownCaller();
        try (RawHttp http = new RawHttp(port)) {
            double taken = fastPathTaken();
            String uri = "/api/registry/correlated/" + UUID.randomUUID();
            RawHttp.Response generated = http.exchange(RawHttp.request("GET", uri, auth(bearer)));
            String id = generated.header("X-Correlation-Id");
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(STUB.lastAt(uri).orElseThrow().headers().getFirst("X-Correlation-Id")).isEqualTo(id);

            RawHttp.Response kept = http.exchange(RawHttp.request("GET", uri, auth(bearer),
                    "X-Correlation-Id: portal-7f3a9c21"));
            assertThat(kept.header("X-Correlation-Id")).isEqualTo("portal-7f3a9c21");
            assertThat(STUB.lastAt(uri).orElseThrow().headers().getFirst("X-Correlation-Id"))
                    .isEqualTo("portal-7f3a9c21");

            RawHttp.Response replaced = http.exchange(RawHttp.request("GET", uri, auth(bearer),
                    "X-Correlation-Id: <script>"));
            String fresh = replaced.header("X-Correlation-Id");
            assertThat(UUID.fromString(fresh).toString()).isEqualTo(fresh);
            assertThat(STUB.lastAt(uri).orElseThrow().headers().get("X-Correlation-Id")).containsExactly(fresh);
            assertThat(fastPathTaken()).isEqualTo(taken + 3);
        }
    }

    @Test
    void leavesTheRateLimitsRefusalToTheSlowPath() {
        String bearer = knownCaller(); // one of the five tokens of its bucket used
        List<RawHttp.Response> answers = new ArrayList<>();
        try (RawHttp http = new RawHttp(port)) {
            for (int i = 0; i < 7; i++) {
                answers.add(http.exchange(RawHttp.request("GET", "/api/registry/limited", auth(bearer))));
            }
        }
        RawHttp.Response refused = answers.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.bodyText()).contains("https://smenet.org/problems/too-many-requests");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(answers.stream().filter(r -> r.status() == 200)).hasSizeBetween(4, 5);
    }

    @Test
    void answersTheFallbackProblemWhenTheCircuitIsOpen() {
        String bearer = knownCaller();
        CircuitBreaker registry = circuitBreakers.getCircuitBreakerRegistry().find("registry").orElseThrow();
        double taken = fastPathTaken();
        registry.transitionToForcedOpenState();
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response response = http.exchange(RawHttp.request("GET", "/api/registry/open", auth(bearer)));
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.bodyText()).contains("\"service\":\"registry\"").contains("circuit open");
        } finally {
            registry.transitionToClosedState();
        }
        assertThat(fastPathTaken()).isEqualTo(taken);
    }

    @Test
    void answersAServiceThatIsDownAsTheSlowPathDoes() {
        String slowBearer = bearerForNewCaller();
        RawHttp.Response slow;
        RawHttp.Response fast;
        double handedOver = fastPathCount("handed-over");
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            // first call: the slow path (and it makes matchmaking's circuit breaker)
            slow = http.exchange(RawHttp.request("GET", "/api/matchmaking/down", auth(slowBearer)));
            fast = http.exchange(RawHttp.request("GET", "/api/matchmaking/down", auth(slowBearer)));
        }
        assertThat(slow.status()).isEqualTo(fast.status()).isEqualTo(503);
        assertThat(fast.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(fast.bodyText()).contains("service-unavailable").contains("\"service\":\"matchmaking\"")
                .contains("\"instance\":\"/api/matchmaking/down\"");
        assertThat(comparable(fast.headers())).isEqualTo(comparable(slow.headers()));
        assertThat(fastPathTaken()).as(fast.bodyText()).isEqualTo(taken + 1);
        if (fast.bodyText().contains("unreachable")) {
            // the circuit was still closed: taken, the connection refused, handed to the slow path
            assertThat(fastPathCount("handed-over")).isEqualTo(handedOver + 1);
        }
    }

    @Test
    void answersAServiceThatDoesNotAnswerInTimeWithTheFallbackProblem() {
        String bearer = knownCaller();
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response response = http.exchange(RawHttp.request("GET", "/api/registry/slow/fast-path",
                    auth(bearer), "X-Correlation-Id: timed-out-0001"));
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.header("X-Correlation-Id")).isEqualTo("timed-out-0001");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.bodyText()).contains("https://smenet.org/problems/service-unavailable")
                    .contains("timed out").contains("\"service\":\"registry\"")
                    .contains("\"instance\":\"/api/registry/slow/fast-path\"")
                    .contains("\"correlationId\":\"timed-out-0001\"");
            // the connection stays usable
            assertThat(http.exchange(RawHttp.request("GET", "/api/registry/after-timeout", auth(bearer))).status())
                    .isEqualTo(200);
        }
        assertThat(fastPathTaken()).isEqualTo(taken + 2);
    }

    @Test
    void leavesExpiredTokensToTheSecurityChain() {
        String expired = "Bearer " + STUB.tokens().mint("user-" + UUID.randomUUID(), "smenet",
                Instant.now().minus(Duration.ofMinutes(5)));
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            for (int i = 0; i < 2; i++) {
                RawHttp.Response response = http.exchange(RawHttp.request("GET", "/api/registry/x", auth(expired)));
                assertThat(response.status()).isEqualTo(401);
                assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
                assertThat(response.bodyText()).contains("https://smenet.org/problems/unauthorized");
            }
        }
        assertThat(fastPathTaken()).isEqualTo(taken);
    }

    @Test
    void leavesPathsOutsideTheServiceRoutesToTheSlowPath() {
        String bearer = knownCaller();
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response forbidden = http.exchange(RawHttp.request("GET", "/fallback/registry", auth(bearer)));
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.bodyText()).contains("https://smenet.org/problems/forbidden");
            RawHttp.Response docs = http.exchange(RawHttp.request("GET", "/v3/api-docs/registry", auth(bearer)));
            assertThat(docs.status()).isEqualTo(200);
            RawHttp.Response encoded = http.exchange(RawHttp.request("GET", "/api/registry/a%2Fb", auth(bearer)));
            assertThat(encoded.status()).isEqualTo(400);
        }
        assertThat(fastPathTaken()).isEqualTo(taken);
    }

    @Test
    void answersPipelinedRequestsOfBothPathsInOrderOnOneConnection() {
        String known = knownCaller();
        String unknown = bearerForNewCaller();
        String id = UUID.randomUUID().toString();
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            http.send(
                    RawHttp.request("GET", "/api/registry/lag/1-" + id, auth(known)),           // fast, 0.3 s
                    RawHttp.request("GET", "/api/registry/order/2-" + id, auth(unknown)),      // slow (unknown token)
                    RawHttp.request("GET", "/api/registry/order/3-" + id, auth(known)),        // fast
                    RawHttp.request("GET", "/actuator/health"),                                // slow, no route
                    RawHttp.request("GET", "/api/registry/lag/5-" + id, auth(unknown)),        // fast (now known)
                    RawHttp.request("HEAD", "/api/registry/order/6-" + id, auth(known)));      // fast
            for (int i = 1; i <= 5; i++) {
                RawHttp.Response response = http.read(false);
                assertThat(response.status()).isEqualTo(200);
                if (i != 4) {
                    assertThat(response.bodyText()).contains("/" + i + "-" + id);
                } else {
                    assertThat(response.bodyText()).contains("UP");
                }
            }
            RawHttp.Response head = http.read(true);
            assertThat(head.status()).isEqualTo(200);
            // and the connection goes on
            assertThat(http.exchange(RawHttp.request("GET", "/api/registry/order/7-" + id, auth(known))).bodyText())
                    .contains("/7-" + id);
        }
        assertThat(fastPathTaken()).isEqualTo(taken + 5);
    }

    @Test
    void streamsALargeAnswerToASlowReader() {
        String bearer = knownCaller();
        int size = 3 * 1024 * 1024;
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            http.send(RawHttp.request("GET", "/api/registry/big/" + size, auth(bearer)));
            RawHttp.Response response = http.readSlowly(16 * 1024, 1_000_000);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).hasSize(size);
            for (int i = 0; i < size; i += 4093) {
                assertThat(response.body()[i]).isEqualTo(StubService.bigByte(i));
            }
            assertThat(http.exchange(RawHttp.request("GET", "/api/registry/after-big", auth(bearer))).status())
                    .isEqualTo(200);
        }
        assertThat(fastPathTaken()).isEqualTo(taken + 2);
    }

    @Test
    void dropsAConnectionTheServiceClosedAndAsksOnANewOne() {
        String bearer = knownCaller();
        double handedOver = fastPathCount("handed-over");
        double taken = fastPathTaken();
        try (RawHttp http = new RawHttp(port)) {
            int dropped = STUB.droppedConnections();
            assertThat(http.exchange(RawHttp.request("GET", "/api/registry/drop-idle/1", auth(bearer))).status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> STUB.droppedConnections() > dropped);
            assertThat(http.exchange(RawHttp.request("GET", "/api/registry/drop-idle/2", auth(bearer))).status())
                    .isEqualTo(200);
        }
        assertThat(fastPathTaken()).isEqualTo(taken + 2);
        assertThat(fastPathCount("handed-over")).isEqualTo(handedOver);
    }

    /** Header lines as a sorted list, names in lower case, per-call values left out. */
    private static List<String> comparable(List<String[]> headers) {
        return headers.stream()
                .map(h -> h[0].toLowerCase(Locale.ROOT) + ": " + (PER_CALL.contains(h[0].toLowerCase(Locale.ROOT))
                        ? "*" : h[1]))
                .sorted().toList();
    }

    private static List<String> comparable(HttpHeaders headers) {
        List<String[]> lines = new ArrayList<>();
        headers.forEach((name, values) -> values.forEach(value -> lines.add(new String[] {name, value})));
        return comparable(lines);
    }

    static void pause(long nanos) {
        LockSupport.parkNanos(nanos);
    }
}

package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two gateway replicas against one real Redis server (Debian's {@code redis-server}, started here on
 * a free port): a caller's budget is shared, so what it spends on one replica is gone on the other.
 * Skipped only when no {@code redis-server} binary is installed.
 */
class RedisRateLimitTest {

    private static final String KEY_PREFIX = "test-" + UUID.randomUUID() + ":";

    private static Process redis;
    private static int redisPort;
    private static StubService stub;
    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;

    @BeforeAll
    static void startRedisAndTwoReplicas() throws IOException {
        Optional<Path> binary = redisServerBinary();
        assumeTrue(binary.isPresent(), "redis-server is not installed (apt-get install redis-server)");
        redisPort = freePort();
        Path dir = Files.createTempDirectory("gateway-redis");
        redis = new ProcessBuilder(binary.get().toString(), "--port", Integer.toString(redisPort),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> "+PONG".equals(redisCommand("PING")));

        stub = new StubService();
        replicaA = startReplica();
        replicaB = startReplica();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (stub != null) {
            stub.close();
        }
        if (redis != null) {
            redis.destroy();
            redis.waitFor();
        }
    }

    @Test
    void sharesOneBudgetPerCallerAcrossGatewayReplicas() {
        String bearer = "Bearer " + stub.tokens().forSubject("shared-" + UUID.randomUUID());
        WebTestClient a = clientOf(replicaA);
        WebTestClient b = clientOf(replicaB);

        // burst 3, refilled at one token per 100 s: three calls in all, whichever replica takes them
        a.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "2")
                .expectBody().returnResult();
        b.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "1")
                .expectBody().returnResult();
        a.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectBody().returnResult();

        b.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-RateLimit-Limit", "3")
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(90L, 100L))
                .expectBody().jsonPath("$.type").isEqualTo("https://smenet.org/problems/too-many-requests");
        a.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isEqualTo(429)
                .expectBody().returnResult();

        // another caller still has its own budget
        b.get().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stub.tokens().forSubject("other-" + UUID.randomUUID()))
                .exchange().expectStatus().isOk()
                .expectBody().returnResult();
        assertThat(redisCommand("DBSIZE")).isEqualTo(":2");
    }

    private static ConfigurableApplicationContext startReplica() {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--SMENET_ISSUER_URI=" + stub.baseUrl(),
                "--SMENET_REGISTRY_URI=" + stub.baseUrl(),
                "--SMENET_REDIS_URL=redis://127.0.0.1:" + redisPort,
                "--smenet.gateway.sessions.store=memory",
                "--smenet.gateway.rate-limit.burst-capacity=3",
                "--smenet.gateway.rate-limit.replenish-rate=0.01",
                "--smenet.gateway.rate-limit.redis-key-prefix=" + KEY_PREFIX,
                // the first call also connects and loads the script; on a busy machine that outlasts the
                // default 500 ms, and the fail-open answer would then be mistaken for a shared budget
                "--smenet.gateway.rate-limit.redis-timeout=10s");
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext replica) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** One inline Redis command over a plain socket; returns the first reply line. */
    private static String redisCommand(String command) {
        try (Socket socket = new Socket("127.0.0.1", redisPort)) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<Path> redisServerBinary() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin:/usr/local/bin";
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

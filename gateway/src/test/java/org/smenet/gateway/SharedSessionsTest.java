package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import org.smenet.gateway.session.MongoWebSessionStore;

/**
 * Two gateway replicas on one document store (the dev store, in this JVM), as the Helm chart runs them without
 * session affinity: a person signs in with the sign-in started on one replica and finished on the other, is signed in
 * on both, signs out on either; expired, unknown and tampered sessions only ever lead to a fresh sign-in.
 * The identity provider is {@link StubService} (authorization code with PKCE, ID token with the nonce).
 */
class SharedSessionsTest {

    private static MongoServer store;
    private static MongoClient mongo;
    private static StubService stub;
    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;
    private static WebTestClient a;
    private static WebTestClient b;

    @BeforeAll
    static void startStoreAndTwoReplicas() {
        store = new MongoServer(new MemoryBackend());
        String uri = store.bindAndGetConnectionString();
        mongo = MongoClients.create(uri);
        stub = new StubService();
        replicaA = startReplica(uri);
        replicaB = startReplica(uri);
        a = clientOf(replicaA);
        b = clientOf(replicaB);
    }

    @AfterAll
    static void stopEverything() {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (stub != null) {
            stub.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (store != null) {
            store.shutdownNow();
        }
    }

    @Test
    void aPersonSignedInThroughOneReplicaIsSignedInOnTheOther() {
        String before = a.get().uri("/portal/me").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseCookies().getFirst("SESSION").getValue();

        String session = signIn(before, "sme-" + UUID.randomUUID());

        assertThat(session).as("a new session id at sign-in (fixation)").isNotEqualTo(before);
        b.get().uri("/portal/me").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
        assertThat(stub.lastAt("/portal/me").orElseThrow().headers().getFirst(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + stub.lastAccessToken().orElseThrow());
        a.get().uri("/portal/me/matches").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
        assertThat(stub.lastAt("/portal/me/matches").orElseThrow().headers().getFirst(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + stub.lastAccessToken().orElseThrow());

        // the id from before the sign-in is worth nothing on either replica
        expectSignIn(a, before);
        expectSignIn(b, before);
        // the store never holds the id itself, only its hash
        assertThat(find(session)).isNotNull();
        assertThat(Mono.from(sessions().find(Filters.eq("_id", session)).first()).block()).isNull();
    }

    @Test
    void signingOutOnOneReplicaEndsTheSessionOnTheOther() {
        String session = signIn(startSignIn(), "sme-" + UUID.randomUUID());
        a.get().uri("/portal/me").cookie("SESSION", session).exchange().expectStatus().isOk().expectBody().returnResult();

        String csrf = b.get().uri("/portal/courses").exchange()
                .expectBody().returnResult().getResponseCookies().getFirst("XSRF-TOKEN").getValue();
        b.post().uri("/logout").cookie("SESSION", session).cookie("XSRF-TOKEN", csrf).header("X-XSRF-TOKEN", csrf)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .startsWith(stub.baseUrl() + "/connect/logout?id_token_hint="))
                .expectBody().returnResult();

        expectSignIn(a, session);
        assertThat(find(session)).isNull();
    }

    @Test
    void anExpiredSessionIsRefusedAndTheOnesNobodyAsksForAreSwept() {
        String read = signIn(startSignIn(), "sme-" + UUID.randomUUID());
        String unread = signIn(startSignIn(), "sme-" + UUID.randomUUID());
        for (String session : new String[] {read, unread}) {
            Mono.from(sessions().updateOne(Filters.eq("_id", keyOf(session)),
                    Updates.set("expiresAt", new Date(System.currentTimeMillis() - 1000)))).block();
        }

        int relayedBefore = stub.callsTo("/portal/me");
        expectSignIn(b, read);
        assertThat(stub.callsTo("/portal/me")).as("nothing relayed for an expired session").isEqualTo(relayedBefore);
        assertThat(find(read)).isNull();

        await("the sweep").atMost(Duration.ofSeconds(20)).until(() -> find(unread) == null);
    }

    @Test
    void anUnknownOrTamperedSessionIdLeadsToAFreshSignInNeverAnError() throws IOException {
        String forged = "forged-" + UUID.randomUUID();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new AtomicLong(7));
        }
        Mono.from(sessions().insertOne(new Document("_id", keyOf(forged))
                .append("expiresAt", new Date(System.currentTimeMillis() + 600_000))
                .append("attributes", new Document("SPRING_SECURITY_CONTEXT", new Binary(bytes.toByteArray()))))).block();

        String signedIn = signIn(startSignIn(), "sme-" + UUID.randomUUID());
        String tampered = signedIn.substring(0, signedIn.length() - 1) + (signedIn.endsWith("A") ? "B" : "A");
        for (String id : new String[] {"nonsense", forged, tampered, "x".repeat(300), UUID.randomUUID().toString()}) {
            expectSignIn(a, id);
            a.get().uri("/portal/courses").cookie("SESSION", id).exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult();
        }
        assertThat(find(forged)).as("an unreadable session is deleted").isNull();
    }

    @Test
    void apiRequestsNeverLookUpASession() {
        MongoWebSessionStore sessionStore = replicaA.getBean(MongoWebSessionStore.class);
        String session = signIn(startSignIn(), "sme-" + UUID.randomUUID());
        long before = sessionStore.lookups();

        a.get().uri("/api/registry/enterprises").cookie("SESSION", session)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stub.tokens().forSubject("api-" + UUID.randomUUID()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().returnResult();
        a.get().uri("/api/registry/enterprises").cookie("SESSION", session).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().returnResult();

        assertThat(sessionStore.lookups()).isEqualTo(before);
        a.get().uri("/portal/me").cookie("SESSION", session).exchange().expectStatus().isOk().expectBody().returnResult();
        assertThat(sessionStore.lookups()).isEqualTo(before + 1);
    }

    /**
     * A browser (it accepts HTML) asks replica A for a signed-in page without a session: the sign-in starts, and a
     * session is made to remember the page.
     */
    private static String startSignIn() {
        return a.get().uri("/portal/me").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseCookies().getFirst("SESSION").getValue();
    }

    /**
     * The rest of the sign-in, alternating replicas: B sends the browser to the issuer (PKCE, nonce), the issuer
     * answers with a code, A takes the callback. Returns the session id the browser holds afterwards.
     */
    private static String signIn(String session, String person) {
        stub.signsIn(person);
        URI authorize = b.get().uri("/oauth2/authorization/portal").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();
        assertThat(authorize.toString()).startsWith(stub.baseUrl() + "/oauth2/authorize?");
        URI callback = WebTestClient.bindToServer().build().get().uri(authorize).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();

        EntityExchangeResult<byte[]> signedIn = a.get()
                .uri(URI.create(baseUrl(replicaA) + "/login/oauth2/code/portal?" + callback.getRawQuery()))
                .cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/portal/me"))
                .expectBody().returnResult();
        return signedIn.getResponseCookies().getFirst("SESSION").getValue();
    }

    private static void expectSignIn(WebTestClient replica, String session) {
        replica.get().uri("/portal/me").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .endsWith("/oauth2/authorization/portal"))
                .expectBody().returnResult();
    }

    private static Document find(String session) {
        return Mono.from(sessions().find(Filters.eq("_id", keyOf(session))).first()).block();
    }

    private static MongoCollection<Document> sessions() {
        return mongo.getDatabase("smenet_gateway").getCollection("sessions");
    }

    private static String keyOf(String session) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(session.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext startReplica(String storeUri) {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--SMENET_ISSUER_URI=" + stub.baseUrl(),
                "--SMENET_REGISTRY_URI=" + stub.baseUrl(),
                "--SMENET_PORTAL_URI=" + stub.baseUrl(),
                "--SMENET_GATEWAY_MONGODB_URI=" + storeUri,
                "--smenet.gateway.sessions.sweep-interval=500ms",
                "--smenet.gateway.rate-limit.redis-url=");
    }

    private static String baseUrl(ConfigurableApplicationContext replica) {
        return "http://127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port");
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext replica) {
        return WebTestClient.bindToServer().baseUrl(baseUrl(replica)).responseTimeout(Duration.ofSeconds(30)).build();
    }
}

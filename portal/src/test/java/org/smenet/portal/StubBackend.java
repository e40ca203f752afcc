package org.smenet.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Every service the portal calls, and the identity provider's JWKS and token endpoint, in one small HTTP server
 * on a random port. Answers are canned per {@code "METHOD /path"} (the longest matching prefix wins) and can be
 * replaced by a test; every request is remembered.
 */
public final class StubBackend implements AutoCloseable {

    public record Seen(String method, String path, String query, String authorization, String ifMatch, String body) {
    }

    public record Canned(int status, String json) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Seen, Canned>> answers = new ConcurrentHashMap<>();
    public final String readerToken;

    public StubBackend() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        this.readerToken = token("portal-reader", "CL", "org-portal-reader");
        PortalFixtures.cannedAnswers(this);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token of the identity provider: subject, economy, org and roles as claims, audience {@code smenet}. */
    public String token(String subject, String economy, String org, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(baseUrl()).subject(subject).audience("smenet")
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(900)))
                    .claim("economy", economy).claim("org", org).claim("roles", List.of(roles)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public void answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, seen -> new Canned(status, json));
    }

    public void answer(String methodAndPath, Function<Seen, Canned> answer) {
        answers.put(methodAndPath, answer);
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public java.util.Optional<Seen> last(String method, String path) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen s = seen.get(i);
            if (s.method().equals(method) && s.path().equals(path)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    // sme pages: a Server-Sent Events endpoint the test feeds event by event (a subscription's stream)
    /** An SSE endpoint of the stub: every connection open on it gets what {@link #send} is given. */
    public final class Stream {
        private final List<java.util.concurrent.BlockingQueue<String>> connections = new CopyOnWriteArrayList<>();

        /** Connections open now (the portal's upstream reads). */
        public int open() {
            return connections.size();
        }

        public void send(String id, String event, String data) {
            String frame = "id:" + id + "\nevent:" + event + "\ndata:" + data + "\n\n";
            connections.forEach(queue -> queue.add(frame));
        }

        private void serve(HttpExchange exchange) throws IOException {
            // registered before it is seen: a test that saw the request can send at once (the body is the Last-Event-ID)
            var queue = new java.util.concurrent.LinkedBlockingQueue<String>();
            connections.add(queue);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    null, exchange.getRequestHeaders().getFirst("Last-Event-ID")));
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            // written from its own thread, so a long-lived stream holds none of the stub's request threads
            Thread writer = new Thread(() -> {
                try (var out = exchange.getResponseBody()) {
                    while (true) {
                        String frame = queue.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                        out.write((frame == null ? ":\n\n" : frame).getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // the reader went away
                } finally {
                    connections.remove(queue);
                    exchange.close();
                }
            }, "stub-stream");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /** Serves {@code path} as an SSE stream from now on. */
    public Stream stream(String path) {
        Stream stream = new Stream();
        server.createContext(path, stream::serve);
        return stream;
    }
    // end sme pages

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Seen request = new Seen(method, path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("If-Match"),
                body);
        Canned canned;
        if (path.equals("/oauth2/jwks")) {
            canned = new Canned(200, new JWKSet(key.toPublicJWK()).toString());
        } else if (path.equals("/oauth2/token")) {
            canned = new Canned(200, "{\"access_token\":\"" + readerToken + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        } else {
            seen.add(request);
            String asked = method + " " + path;
            String best = null;
            for (String candidate : answers.keySet()) {
                if (asked.startsWith(candidate) && (best == null || candidate.length() > best.length())) {
                    best = candidate;
                }
            }
            canned = best == null ? new Canned(404, "{\"status\":404,\"detail\":\"nothing at " + path + "\"}")
                    : answers.get(best).apply(request);
        }
        byte[] bytes = canned.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                canned.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(canned.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

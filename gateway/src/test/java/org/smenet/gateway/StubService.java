package org.smenet.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A downstream service and identity provider in one, on a random port: serves the JWKS of
 * {@link TestTokens}, an OpenAPI stub, and echoes everything else while remembering what it saw.
 * As the identity provider it also signs a person in: {@code /oauth2/authorize} answers at once with a code for
 * the redirect URI (no form), and {@code /oauth2/token} exchanges it once, checking the PKCE verifier, for an access
 * token and an ID token carrying the nonce asked for.
 * Paths containing {@code /lag} answer after 0.3 s, {@code /slow} after 5 s; {@code /flaky/...} answers 503 on its first call;
 * {@code /cors-minded} adds its own {@code Access-Control-Allow-Origin: *}; {@code /big/<bytes>} streams that many
 * bytes (chunked, a repeating pattern of {@link #bigByte}); {@code /drop-idle/...} answers and then closes the
 * connection 50 ms later, as a service's keep-alive timeout does ({@link #droppedConnections}).
 */
final class StubService implements AutoCloseable {

    record Seen(String method, String uri, HttpHeaders headers, int bodyBytes) {
    }

    private record Grant(String subject, String clientId, String redirectUri, String nonce, String challenge) {
    }

    private final LoopResources loops;
    private final DisposableServer server;
    private final TestTokens tokens;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> accessTokens = new CopyOnWriteArrayList<>();
    private volatile String person = "sme-cl";
    private final AtomicInteger dropped = new AtomicInteger();

    StubService() {
        // its own event loops: a test that closes a gateway context also disposes Reactor Netty's global ones
        // (ReactorResourceFactory), which would silently end a stub that other tests still use
        this.loops = LoopResources.create("stub", 1, true);
        this.server = HttpServer.create().runOn(loops).host("127.0.0.1").port(0).handle(this::handle).bindNow();
        this.tokens = new TestTokens(baseUrl());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    TestTokens tokens() {
        return tokens;
    }

    /** The last request that reached the stub with this exact URI (path and query). */
    Optional<Seen> lastAt(String uri) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).uri().equals(uri)) {
                return Optional.of(seen.get(i));
            }
        }
        return Optional.empty();
    }

    /** Who the next {@code /oauth2/authorize} signs in. */
    void signsIn(String subject) {
        this.person = subject;
    }

    /** The access token handed out last at {@code /oauth2/token}. */
    Optional<String> lastAccessToken() {
        return accessTokens.isEmpty() ? Optional.empty() : Optional.of(accessTokens.get(accessTokens.size() - 1));
    }

    /** Every request that reached the stub with this exact URI, oldest first. */
    List<Seen> allAt(String uri) {
        return seen.stream().filter(s -> s.uri().equals(uri)).toList();
    }

    int droppedConnections() {
        return dropped.get();
    }

    static byte bigByte(long index) {
        return (byte) ('a' + index % 26);
    }

    int callsTo(String path) {
        AtomicInteger count = calls.get(path);
        return count == null ? 0 : count.get();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        if (request.path().equals("oauth2/jwks")) {
            return json(response, HttpResponseStatus.OK, tokens.jwks());
        }
        if (request.path().equals("oauth2/authorize")) {
            return authorize(request, response);
        }
        return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap(body -> {
            if (request.path().equals("oauth2/token")) {
                return token(new String(body, StandardCharsets.UTF_8), response);
            }
            HttpHeaders headers = new HttpHeaders();
            request.requestHeaders().forEach(h -> headers.add(h.getKey(), h.getValue()));
            seen.add(new Seen(request.method().name(), request.uri(), headers, body.length));
            String path = "/" + request.path();
            int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.equals("/v3/api-docs")) {
                return json(response, HttpResponseStatus.OK, """
                        {"openapi":"3.1.0","info":{"title":"stub","version":"1"},"servers":[{"url":"http://%s"}]}"""
                        .formatted(headers.getFirst(HttpHeaders.HOST)));
            }
            if (path.contains("/flaky/") && call == 1) {
                return json(response, HttpResponseStatus.SERVICE_UNAVAILABLE, "{\"call\":1}");
            }
            String echo = "{\"method\":\"%s\",\"uri\":\"%s\",\"bodyBytes\":%d}"
                    .formatted(request.method().name(), request.uri(), body.length);
            if (path.contains("/cors-minded")) {
                response.header(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            }
            if (path.contains("/big/")) {
                int size = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
                int chunk = 16 * 1024;
                return response.status(HttpResponseStatus.OK)
                        .header(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream")
                        .send(reactor.core.publisher.Flux.range(0, (size + chunk - 1) / chunk).map(i -> {
                            int from = i * chunk;
                            byte[] bytes = new byte[Math.min(chunk, size - from)];
                            for (int b = 0; b < bytes.length; b++) {
                                bytes[b] = bigByte(from + b);
                            }
                            return io.netty.buffer.Unpooled.wrappedBuffer(bytes);
                        }))
                        .then();
            }
            if (path.contains("/drop-idle/")) {
                io.netty.channel.Channel[] channel = new io.netty.channel.Channel[1];
                request.withConnection(connection -> channel[0] = connection.channel());
                return json(response, HttpResponseStatus.OK, echo).then(Mono.fromRunnable(() ->
                        channel[0].eventLoop().schedule(() -> {
                            dropped.incrementAndGet();
                            channel[0].close();
                        }, 50, java.util.concurrent.TimeUnit.MILLISECONDS)));
            }
            if (path.contains("/lag")) {
                return Mono.delay(Duration.ofMillis(300)).then(json(response, HttpResponseStatus.OK, echo));
            }
            if (path.contains("/slow")) {
                return Mono.delay(Duration.ofSeconds(5)).then(json(response, HttpResponseStatus.OK, echo));
            }
            return json(response, HttpResponseStatus.OK, echo);
        });
    }

    private Mono<Void> authorize(HttpServerRequest request, HttpServerResponse response) {
        Map<String, List<String>> query = new QueryStringDecoder(request.uri()).parameters();
        String redirectUri = first(query, "redirect_uri");
        if (!"code".equals(first(query, "response_type")) || redirectUri == null
                || !"S256".equals(first(query, "code_challenge_method"))) {
            return json(response, HttpResponseStatus.BAD_REQUEST, "{\"error\":\"invalid_request\"}");
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, first(query, "client_id"), redirectUri, first(query, "nonce"),
                first(query, "code_challenge")));
        String location = UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", code)
                .queryParam("state", first(query, "state")).build().encode().toUriString();
        return response.status(HttpResponseStatus.FOUND).header(HttpHeaderNames.LOCATION, location).send();
    }

    private Mono<Void> token(String form, HttpServerResponse response) {
        Map<String, List<String>> fields = new QueryStringDecoder(form, false).parameters();
        Grant grant = codes.remove(String.valueOf(first(fields, "code")));
        String verifier = first(fields, "code_verifier");
        if (grant == null || verifier == null || !"authorization_code".equals(first(fields, "grant_type"))
                || !grant.redirectUri().equals(first(fields, "redirect_uri"))
                || !grant.challenge().equals(s256(verifier))) {
            return json(response, HttpResponseStatus.BAD_REQUEST, "{\"error\":\"invalid_grant\"}");
        }
        String accessToken = tokens.forSubject(grant.subject());
        accessTokens.add(accessToken);
        return json(response, HttpResponseStatus.OK, """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid profile smenet",\
                "id_token":"%s"}""".formatted(accessToken,
                tokens.idToken(grant.subject(), grant.clientId(), grant.nonce())));
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Mono<Void> json(HttpServerResponse response, HttpResponseStatus status, String body) {
        return response.status(status)
                .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .sendByteArray(Mono.just(body.getBytes(StandardCharsets.UTF_8)))
                .then();
    }

    @Override
    public void close() {
        server.disposeNow();
        loops.dispose();
    }
}

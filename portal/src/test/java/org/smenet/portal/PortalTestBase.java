package org.smenet.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One portal on a random port for the web and browser tests (one Spring context), every service and the identity
 * provider being one {@link StubBackend}. A signed-in person is simulated as the gateway does it: their access
 * token in {@code Authorization: Bearer}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PortalTestBase {

    static final StubBackend STUB = new StubBackend();
    // sme pages: the stream of the SME's feed subscription, fed by the tests
    static final StubBackend.Stream LIVE = STUB.stream("/api/opportunities/subscriptions/" + PortalFixtures.SUBSCRIPTION + "/stream");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        for (String name : new String[] {"SMENET_ISSUER_URI", "SMENET_REGISTRY_URI", "SMENET_MATCHMAKING_URI",
                "SMENET_OPPORTUNITIES_URI", "SMENET_TRAINING_URI", "SMENET_CONSULTATION_URI", "SMENET_GATEWAY_URI"}) {
            registry.add(name, STUB::baseUrl);
        }
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A page as the gateway relays it: the person's token (none: a visitor) and the browser's language. */
    HttpResponse<String> get(String path, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A form posted by htmx. */
    HttpResponse<String> post(String path, String token, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sme() {
        return STUB.token("sme-cl", "CL", "org-cl-sme-1", "SME");
    }

    static String focalPoint() {
        return STUB.token("focal-cl", "CL", "org-cl-fp-1", "FOCAL_POINT");
    }

    static String operator() {
        return STUB.token("operator", "CL", "org-network-operator", "NETWORK_OPERATOR");
    }
}

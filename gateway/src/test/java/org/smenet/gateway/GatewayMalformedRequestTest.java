package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every client error the node answers itself is an RFC 9457 problem, including those decided before
 * WebFlux sees the request (the HTTP codec, an unparsable request target) and those of Spring
 * Security's firewall. Requests are written byte for byte on a socket, since HTTP clients refuse to
 * send most of them.
 */
class GatewayMalformedRequestTest extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void answersAMalformedPercentEscapeWithABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/registry/%zz HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry/enterprises/%2 HTTP/1.1"), 400, "bad-request");
    }

    @Test
    void answersCharactersThatMustBeEncodedWithABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/registry/a|b HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry/a\"b HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry/a\\b HTTP/1.1"), 400, "bad-request");
    }

    @Test
    void answersWhatTheFirewallRefusesWithABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/registry/..;/actuator/env HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry/a;b HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry/a%2Fb HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry//enterprises HTTP/1.1"), 400, "bad-request");
        assertProblem(send("GET /api/registry/%2e%2e/x HTTP/1.1"), 400, "bad-request");
        assertProblem(send("TRACE /api/registry/enterprises HTTP/1.1"), 400, "bad-request");
    }

    @Test
    void answersARequestLineThatIsNotHttpWithABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/registry/enterprises HTTP/9.Z"), 400, "bad-request");
    }

    @Test
    void answersAnOverlongUriWithAUriTooLongProblem() throws IOException {
        Response response = send("GET /api/registry/" + "a".repeat(8192) + " HTTP/1.1");
        assertProblem(response, 414, "uri-too-long");
        assertThat(response.json().get("title").asString()).isEqualTo("URI too long");
    }

    @Test
    void answersOversizedHeadersWithAHeaderFieldsTooLargeProblem() throws IOException {
        Response response = send("GET /api/registry/enterprises HTTP/1.1\r\nX-Big: " + "b".repeat(20_000));
        assertProblem(response, 431, "request-header-fields-too-large");
    }

    @Test
    void keepsServingNormalRequestsOnOtherConnectionsAfterMalformedOnes() throws IOException {
        send("GET /api/registry/%zz HTTP/1.1");
        Response response = send("GET /actuator/health HTTP/1.1");
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownApiPathWithANotFoundProblem() {
        client.get().uri("/api/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/nothing-here")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void answersAWrongMethodWithAMethodNotAllowedProblem() {
        client.post().uri("/actuator/health")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/method-not-allowed")
                .jsonPath("$.status").isEqualTo(405)
                .jsonPath("$.detail").isNotEmpty();
    }

    private static void assertProblem(Response response, int status, String kind) {
        assertThat(response.status()).as(response.head()).isEqualTo(status);
        assertThat(response.header("content-type")).isEqualTo("application/problem+json");
        assertThat(response.header("x-correlation-id")).isNotBlank();
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://smenet.org/problems/" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("correlationId").asString()).isEqualTo(response.header("x-correlation-id"));
    }

    /** Writes the request line (and any header lines) as given, asks to close, reads the whole answer. */
    private Response send(String requestHead) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            assertThat(end).as("a complete response head in: %s", raw).isPositive();
            return new Response(raw.substring(0, end), raw.substring(end + 4));
        }
    }

    private record Response(String head, String body) {

        int status() {
            return Integer.parseInt(head.split(" ", 3)[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}

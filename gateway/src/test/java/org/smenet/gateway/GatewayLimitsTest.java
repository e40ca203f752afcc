package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;

class GatewayLimitsTest extends GatewayTestBase {

    private static final int ONE_MEGABYTE = 1024 * 1024;

    @Test
    void answers429WithRetryAfterOnceTheCallerHasSpentItsBurst() {
        String bearer = bearerForNewCaller();
        List<EntityExchangeResult<byte[]>> results = new ArrayList<>();
        // burst 5, refilled at 1 per second: within 20 quick calls one must be refused
        for (int i = 0; i < 20; i++) {
            EntityExchangeResult<byte[]> result = client.get().uri("/api/registry/enterprises")
                    .header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange().expectBody().returnResult();
            results.add(result);
            if (result.getStatus().value() == 429) {
                break;
            }
        }

        EntityExchangeResult<byte[]> first = results.get(0);
        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(first.getResponseHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(first.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("4");

        EntityExchangeResult<byte[]> refused = results.get(results.size() - 1);
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(results.size()).isGreaterThan(5);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(new String(refused.getResponseBody()))
                .contains("\"type\":\"https://smenet.org/problems/too-many-requests\"", "\"status\":429");
    }

    @Test
    void limitsEachCallerSeparately() {
        String spender = bearerForNewCaller();
        for (int i = 0; i < 20; i++) {
            if (client.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, spender)
                    .exchange().expectBody().returnResult().getStatus().value() == 429) {
                break;
            }
        }
        client.get().uri("/api/registry/enterprises").header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
    }

    @Test
    void refusesADeclaredBodyOverOneMegabyteWith413() {
        client.post().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[ONE_MEGABYTE + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/payload-too-large")
                .jsonPath("$.maxBytes").isEqualTo(ONE_MEGABYTE);
    }

    @Test
    void refusesAChunkedBodyOverOneMegabyteWith413() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 17).map(i -> buffers.wrap(new byte[64 * 1024]));

        client.post().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("https://smenet.org/problems/payload-too-large");
    }

    @Test
    void passesAChunkedBodyWithinTheLimitWhole() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 4).map(i -> buffers.wrap(new byte[1000]));

        client.post().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(4000);
    }
}

package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

@ExtendWith(OutputCaptureExtension.class)
class GatewayResilienceTest extends GatewayTestBase {

    @Test
    void answersA503ProblemNamingTheServiceWhenItIsDown(CapturedOutput output) {
        String correlationId = "fallback-check-0001";

        client.get().uri("/api/matchmaking/matches")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .header("X-Correlation-Id", correlationId)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Correlation-Id", correlationId)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://smenet.org/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("matchmaking")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("matchmaking"))
                .jsonPath("$.instance").isEqualTo("/api/matchmaking/matches")
                .jsonPath("$.correlationId").isEqualTo(correlationId);

        // the gateway's log line about it carries the request's correlation id (MDC via Reactor context)
        assertThat(output.getOut().lines()
                .filter(line -> line.contains("matchmaking service unavailable")))
                .anySatisfy(line -> assertThat(line).contains("[" + correlationId + "]"));
    }

    @Test
    void answersA503ProblemWhenTheServiceTakesLongerThanTheTimeLimiterAllows() {
        client.get().uri("/api/registry/slow")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.service").isEqualTo("registry")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("timed out"));
    }

    @Test
    void carriesFortyConcurrentCallsToOneServiceWithoutSheddingAny(@LocalServerPort int port) {
        WebClient web = WebClient.create("http://127.0.0.1:" + port);

        List<Integer> statuses = Flux.range(0, 40)
                .flatMap(i -> web.get().uri("/api/registry/lag/" + i)
                        .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
                        40)
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(40).containsOnly(200);
    }
}

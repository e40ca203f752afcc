package org.smenet.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;

import org.smenet.gateway.GatewayProperties;

class EdgeFiltersTest {

    private final GatewayProperties properties = new GatewayProperties(DataSize.ofMegabytes(1),
            List.of("http://127.0.0.1:8080"), "default-src 'self'",
            List.of("X-Economy", "X-Org", "X-Roles", "X-User*", "X-Forwarded-User", "X-Smenet-*"),
            "X-Smenet-Correlation-Id", List.of());

    @Test
    void stripsIdentityHeadersByNameOrPrefixInAnyCase() {
        IdentityHeaderStripping stripping = new IdentityHeaderStripping(properties);

        assertThat(stripping.isStripped("x-economy")).isTrue();
        assertThat(stripping.isStripped("X-User")).isTrue();
        assertThat(stripping.isStripped("X-USER-ID")).isTrue();
        assertThat(stripping.isStripped("X-Smenet-Roles")).isTrue();
        assertThat(stripping.isStripped("X-Forwarded-User")).isTrue();
    }

    @Test
    void keepsTheCorrelationHeaderAndEverythingElse() {
        IdentityHeaderStripping stripping = new IdentityHeaderStripping(properties);

        assertThat(stripping.isStripped("X-Smenet-Correlation-Id")).isFalse();
        assertThat(stripping.isStripped("Authorization")).isFalse();
        assertThat(stripping.isStripped("X-Forwarded-For")).isFalse();
        assertThat(stripping.isStripped("X-Organisation-Hint")).isFalse();
    }

    @Test
    void acceptsUuidsAndTraceLikeIdsAsCorrelationIds() {
        assertThat(CorrelationId.isWellFormed("3f0c1b7e-2c4d-4a55-9b1e-5f6a7b8c9d0e")).isTrue();
        assertThat(CorrelationId.isWellFormed("4bf92f3577b34da6a3ce929d0e0e4736")).isTrue();
        assertThat(CorrelationId.isWellFormed("short")).isFalse();
        assertThat(CorrelationId.isWellFormed("has space in it")).isFalse();
        assertThat(CorrelationId.isWellFormed("a".repeat(129))).isFalse();
        assertThat(CorrelationId.isWellFormed(null)).isFalse();
    }

    @Test
    void putsTheExchangesCorrelationIdInTheMdcOnlyForTheLogStatement() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
        exchange.getAttributes().put(CorrelationId.ATTRIBUTE, "corr-12345678");
        MDC.put(CorrelationId.MDC_KEY, "outer-12345678");
        try {
            String[] seen = new String[1];
            CorrelationId.inMdc(exchange, () -> seen[0] = MDC.get(CorrelationId.MDC_KEY));

            assertThat(seen[0]).isEqualTo("corr-12345678");
            assertThat(MDC.get(CorrelationId.MDC_KEY)).isEqualTo("outer-12345678");
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }
}

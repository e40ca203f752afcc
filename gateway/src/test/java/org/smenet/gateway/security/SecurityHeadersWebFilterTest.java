package org.smenet.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.header.CacheControlServerHttpHeadersWriter;
import org.springframework.security.web.server.header.CompositeServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentSecurityPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StrictTransportSecurityServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XXssProtectionServerHttpHeadersWriter;

/** The gateway's header filter writes what Spring Security's default writers (as configured before) wrote. */
class SecurityHeadersWebFilterTest {

    private static final String CSP = "default-src 'self'; frame-ancestors 'none'";

    @Test
    void writesTheSameHeadersAsSpringSecuritysWriters() {
        List<Consumer<MockServerWebExchange>> cases = List.of(
                exchange -> { },
                exchange -> exchange.getResponse().setStatusCode(HttpStatus.NOT_MODIFIED),
                exchange -> exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED),
                exchange -> exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, "max-age=60"),
                exchange -> exchange.getResponse().getHeaders().set(HttpHeaders.EXPIRES, "Thu, 01 Jan 2099 00:00:00 GMT"),
                exchange -> exchange.getResponse().getHeaders().set("x-frame-options", "SAMEORIGIN"),
                exchange -> exchange.getResponse().getHeaders().set("Content-Security-Policy", "default-src 'none'"),
                exchange -> exchange.getResponse().getHeaders().set("Referrer-Policy", "no-referrer"),
                exchange -> exchange.getResponse().getHeaders().set("X-Content-Type-Options", "nosniff"));
        for (String url : List.of("http://gateway.test/api/registry/x", "https://gateway.test/api/registry/x")) {
            for (Consumer<MockServerWebExchange> setUp : cases) {
                MockServerWebExchange expected = MockServerWebExchange.from(MockServerHttpRequest.get(url));
                setUp.accept(expected);
                springSecurityDefaults().writeHttpHeaders(expected).block();

                MockServerWebExchange actual = MockServerWebExchange.from(MockServerHttpRequest.get(url));
                setUp.accept(actual);
                new SecurityHeadersWebFilter(CSP).write(actual);

                assertThat(asMap(actual.getResponse().getHeaders()))
                        .as(url).isEqualTo(asMap(expected.getResponse().getHeaders()));
            }
        }
    }

    /** Spring Security's header writers as {@code ServerHttpSecurity.headers()} configured them for the gateway. */
    private static ServerHttpHeadersWriter springSecurityDefaults() {
        XFrameOptionsServerHttpHeadersWriter frame = new XFrameOptionsServerHttpHeadersWriter();
        frame.setMode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY);
        ContentSecurityPolicyServerHttpHeadersWriter csp = new ContentSecurityPolicyServerHttpHeadersWriter();
        csp.setPolicyDirectives(CSP);
        ReferrerPolicyServerHttpHeadersWriter referrer = new ReferrerPolicyServerHttpHeadersWriter();
        referrer.setPolicy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
        return new CompositeServerHttpHeadersWriter(new CacheControlServerHttpHeadersWriter(),
                new ContentTypeOptionsServerHttpHeadersWriter(), new StrictTransportSecurityServerHttpHeadersWriter(),
                frame, new XXssProtectionServerHttpHeadersWriter(), csp, referrer);
    }

    private static Map<String, List<String>> asMap(HttpHeaders headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(map::put);
        return map;
    }
}

package org.smenet.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The security headers Spring Security's default header writers send, with the same values and the same rule
 * (a header, or a group of headers, is added at commit only when the response does not carry it already, so a
 * service's own {@code Cache-Control} wins), written by one plain method. Spring Security's writers ran as a
 * {@code Flux} over seven writers per response, each copying the response's header names into a new
 * case-insensitive set to check them.
 * <ul>
 * <li>{@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}, {@code Pragma: no-cache},
 * {@code Expires: 0}: together, unless any is present, never on a 304</li>
 * <li>{@code X-Content-Type-Options: nosniff}; {@code Strict-Transport-Security: max-age=31536000 ;
 * includeSubDomains} on https only; {@code X-Frame-Options: DENY}; {@code X-XSS-Protection: 0};
 * {@code Content-Security-Policy} (configured); {@code Referrer-Policy: strict-origin-when-cross-origin}</li>
 * </ul>
 */
public final class SecurityHeadersWebFilter implements WebFilter {

    static final String CACHE_CONTROL_VALUE = "no-cache, no-store, max-age=0, must-revalidate";
    static final String HSTS_VALUE = "max-age=31536000 ; includeSubDomains";

    private final String contentSecurityPolicy;

    SecurityHeadersWebFilter(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            write(exchange);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    void write(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        HttpHeaders headers = response.getHeaders();
        if (response.getStatusCode() != HttpStatus.NOT_MODIFIED && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !headers.containsHeader(HttpHeaders.PRAGMA) && !headers.containsHeader(HttpHeaders.EXPIRES)) {
            headers.set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL_VALUE);
            headers.set(HttpHeaders.PRAGMA, "no-cache");
            headers.set(HttpHeaders.EXPIRES, "0");
        }
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            setIfAbsent(headers, "Strict-Transport-Security", HSTS_VALUE);
        }
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "X-XSS-Protection", "0");
        setIfAbsent(headers, "Content-Security-Policy", contentSecurityPolicy);
        setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /**
     * The same headers by the same rules on a Netty response of a plain-HTTP request (the gateway's fast path);
     * {@code Strict-Transport-Security} is only for https, which the fast path never serves.
     */
    public static void writeTo(io.netty.handler.codec.http.HttpHeaders headers, int status,
                               CharSequence contentSecurityPolicy) {
        if (status != 304 && !headers.contains(HttpHeaders.CACHE_CONTROL) && !headers.contains(HttpHeaders.PRAGMA)
                && !headers.contains(HttpHeaders.EXPIRES)) {
            headers.set(N_CACHE_CONTROL, V_CACHE_CONTROL);
            headers.set(N_PRAGMA, V_NO_CACHE);
            headers.set(N_EXPIRES, V_ZERO);
        }
        setIfAbsent(headers, N_CONTENT_TYPE_OPTIONS, V_NOSNIFF);
        setIfAbsent(headers, N_FRAME_OPTIONS, V_DENY);
        setIfAbsent(headers, N_XSS_PROTECTION, V_ZERO);
        setIfAbsent(headers, N_CONTENT_SECURITY_POLICY, contentSecurityPolicy);
        setIfAbsent(headers, N_REFERRER_POLICY, V_REFERRER_POLICY);
    }

    // the same names and values as bytes made once (Netty copies an AsciiString, but encodes a String char by char)
    private static final io.netty.util.AsciiString N_CACHE_CONTROL = io.netty.util.AsciiString.cached("Cache-Control");
    private static final io.netty.util.AsciiString N_PRAGMA = io.netty.util.AsciiString.cached("Pragma");
    private static final io.netty.util.AsciiString N_EXPIRES = io.netty.util.AsciiString.cached("Expires");
    private static final io.netty.util.AsciiString N_CONTENT_TYPE_OPTIONS =
            io.netty.util.AsciiString.cached("X-Content-Type-Options");
    private static final io.netty.util.AsciiString N_FRAME_OPTIONS = io.netty.util.AsciiString.cached("X-Frame-Options");
    private static final io.netty.util.AsciiString N_XSS_PROTECTION = io.netty.util.AsciiString.cached("X-XSS-Protection");
    private static final io.netty.util.AsciiString N_CONTENT_SECURITY_POLICY =
            io.netty.util.AsciiString.cached("Content-Security-Policy");
    private static final io.netty.util.AsciiString N_REFERRER_POLICY = io.netty.util.AsciiString.cached("Referrer-Policy");
    private static final io.netty.util.AsciiString V_CACHE_CONTROL = io.netty.util.AsciiString.cached(CACHE_CONTROL_VALUE);
    private static final io.netty.util.AsciiString V_NO_CACHE = io.netty.util.AsciiString.cached("no-cache");
    private static final io.netty.util.AsciiString V_ZERO = io.netty.util.AsciiString.cached("0");
    private static final io.netty.util.AsciiString V_NOSNIFF = io.netty.util.AsciiString.cached("nosniff");
    private static final io.netty.util.AsciiString V_DENY = io.netty.util.AsciiString.cached("DENY");
    private static final io.netty.util.AsciiString V_REFERRER_POLICY =
            io.netty.util.AsciiString.cached("strict-origin-when-cross-origin");

    private static void setIfAbsent(io.netty.handler.codec.http.HttpHeaders headers, CharSequence name,
                                    CharSequence value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }

    @Override
    public String toString() {
        return "SecurityHeadersWebFilter"; // named per request by WebFlux's filter chain (checkpoint)
    }
}

package org.smenet.gateway.fastpath;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.security.oauth2.jwt.Jwt;

import org.smenet.gateway.RouteMetricsFilter;
import org.smenet.gateway.edge.IdentityHeaderStripping;
import org.smenet.gateway.problem.ProblemWriter;
import org.smenet.gateway.ratelimit.RateLimitProperties;
import org.smenet.gateway.ratelimit.TokenBuckets;
import org.smenet.gateway.security.VerifiedTokens;

/**
 * What the fast path shares between connections: the route table and the gateway's own collaborators (verified
 * tokens, token buckets, circuit breakers, per-route timers), and the one decision it makes per request:
 * {@link #admit} answers a {@link Ticket} only when everything the slow path would check is decidable at once
 * and would let the request through; otherwise nothing was taken or counted and the request goes, untouched, to
 * Spring Cloud Gateway, which produces every refusal and problem.
 */
final class FastPath {

    static final String METER = "gateway.fast.path.requests";
    private static final AsciiString BEARER = AsciiString.cached("Bearer ");

    final FastPathRoutes routes;
    private final VerifiedTokens tokens;
    private final TokenBuckets buckets;
    private final CircuitBreakerRegistry circuitBreakers;
    private final TimeLimiterRegistry timeLimiters;
    private final BulkheadRegistry bulkheads;
    private final IdentityHeaderStripping identityHeaders;
    final RouteMetricsFilter routeMetrics;
    final ProblemWriter problems;
    final String correlationHeader;
    final io.netty.util.AsciiString contentSecurityPolicy;
    final io.netty.util.AsciiString rateLimit;
    final int connectTimeoutMillis;
    private final long maxBodyBytes;
    final Counter taken;
    final Counter passed;
    final Counter handedOver;
    /** Names (lower case) SCG removes from a proxied request and response as hop-by-hop. */
    static final Set<String> HOP_BY_HOP = RemoveHopByHopHeadersFilter.HEADERS_REMOVED_ON_REQUEST;

    FastPath(FastPathRoutes routes, VerifiedTokens tokens, TokenBuckets buckets, RateLimitProperties rateLimits,
             CircuitBreakerRegistry circuitBreakers, TimeLimiterRegistry timeLimiters, BulkheadRegistry bulkheads,
             IdentityHeaderStripping identityHeaders, RouteMetricsFilter routeMetrics, ProblemWriter problems,
             String correlationHeader, String contentSecurityPolicy, int connectTimeoutMillis, long maxBodyBytes,
             MeterRegistry meters) {
        this.routes = routes;
        this.tokens = tokens;
        this.buckets = buckets;
        this.circuitBreakers = circuitBreakers;
        this.timeLimiters = timeLimiters;
        this.bulkheads = bulkheads;
        this.identityHeaders = identityHeaders;
        this.routeMetrics = routeMetrics;
        this.problems = problems;
        this.correlationHeader = correlationHeader;
        this.contentSecurityPolicy = new io.netty.util.AsciiString(contentSecurityPolicy);
        this.rateLimit = buckets == null ? null : new io.netty.util.AsciiString(Integer.toString(rateLimits.burstCapacity()));
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.maxBodyBytes = maxBodyBytes;
        this.taken = Counter.builder(METER).tag("outcome", "taken")
                .description("Routed requests answered by the Netty fast path (taken), passed to Spring Cloud "
                        + "Gateway at once (passed), or taken and then handed to it before any answer (handed-over)")
                .register(meters);
        this.passed = Counter.builder(METER).tag("outcome", "passed").register(meters);
        this.handedOver = Counter.builder(METER).tag("outcome", "handed-over").register(meters);
    }

    /** Everything one taken request needs. */
    record Ticket(FastPathRoutes.Route route, CircuitBreaker circuitBreaker, Bulkhead bulkhead, long timeoutNanos,
                  TokenBuckets.Take take, long contentLength) {
    }

    /**
     * A ticket when the fast path serves {@code request} (a permission of the route's circuit breaker and a
     * token of the caller's bucket are then taken), else null (nothing taken, the slow path decides).
     */
    Ticket admit(HttpRequest request) {
        Ticket ticket = decide(request);
        (ticket == null ? passed : taken).increment();
        return ticket;
    }

    private Ticket decide(HttpRequest request) {
        HttpMethod method = request.method();
        boolean bodyless = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.DELETE;
        if ((!bodyless && method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH)
                || request.protocolVersion() != HttpVersion.HTTP_1_1 || !request.decoderResult().isSuccess()) {
            return null;
        }
        long contentLength = contentLength(request.headers(), bodyless);
        if (contentLength < -1) {
            return null;
        }
        String uri = request.uri();
        int pathEnd = plainPathEnd(uri);
        if (pathEnd < 0) {
            return null;
        }
        FastPathRoutes.Route route = routes.match(pathEnd == uri.length() ? uri : uri.substring(0, pathEnd));
        if (route == null) {
            return null;
        }
        String token = bearerTokenIfPlain(request.headers());
        if (token == null) {
            debug("headers", route);
            return null;
        }
        Jwt jwt = tokens.verifiedOrNull(token);
        if (jwt == null || jwt.getSubject() == null) {
            debug("token not verified yet", route);
            return null; // unknown or expired: the security chain verifies it (and remembers it) or refuses it
        }
        CircuitBreaker circuitBreaker = circuitBreakers.find(route.circuitBreaker()).orElse(null);
        if (circuitBreaker == null || !circuitBreaker.tryAcquirePermission()) {
            debug("circuit breaker absent or open", route);
            return null; // not made yet by the slow path (its configuration is Spring Cloud's), or open
        }
        Bulkhead bulkhead = null;
        if (bulkheads != null) {
            bulkhead = bulkheads.find(route.circuitBreaker()).orElse(null);
            if (bulkhead == null || !bulkhead.tryAcquirePermission()) {
                debug("bulkhead absent or full", route);
                circuitBreaker.releasePermission();
                return null;
            }
        }
        TokenBuckets.Take take = null;
        if (buckets != null) {
            take = buckets.takeNow(TokenBuckets.subjectKey(jwt.getSubject()));
            if (take == null || !take.granted()) {
                debug("rate limited", route);
                circuitBreaker.releasePermission();
                if (bulkhead != null) {
                    bulkhead.releasePermission();
                }
                return null; // the slow path answers the 429 problem (a refusal took nothing)
            }
        }
        return new Ticket(route, circuitBreaker, bulkhead, timeoutNanos(route), take, contentLength);
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FastPath.class);

    private static void debug(String why, FastPathRoutes.Route route) {
        if (log.isDebugEnabled()) {
            log.debug("Passed to the slow path ({}): route {}", why, route.id());
        }
    }

    private long timeoutNanos(FastPathRoutes.Route route) {
        Duration timeout = timeLimiters.find(route.circuitBreaker())
                .map(limiter -> limiter.getTimeLimiterConfig().getTimeoutDuration())
                .orElseGet(() -> timeLimiters.getDefaultConfig().getTimeoutDuration());
        return timeout.toNanos();
    }

    /**
     * The bearer token, when every header is one the fast path may pass on unchanged: no identity header to strip,
     * no chunked body ({@code Transfer-Encoding}), no {@code Expect}, no CORS ({@code Origin}), no
     * {@code Connection} other than keep-alive, only printable ASCII (the firewall's header rule, decided the
     * strict way), and exactly one {@code Authorization: Bearer}. ({@code Content-Length} is judged by
     * {@link #contentLength}.)
     */
    private String bearerTokenIfPlain(HttpHeaders headers) {
        String authorization = null;
        Iterator<Map.Entry<CharSequence, CharSequence>> entries = headers.iteratorCharSequence();
        while (entries.hasNext()) {
            Map.Entry<CharSequence, CharSequence> entry = entries.next();
            CharSequence name = entry.getKey();
            CharSequence value = entry.getValue();
            if (!isPrintable(name, false) || !isPrintable(value, true)) {
                return null;
            }
            if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.AUTHORIZATION)) {
                if (authorization != null) {
                    return null;
                }
                authorization = value.toString();
            } else if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.TRANSFER_ENCODING)
                    || AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.EXPECT)
                    || AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.ORIGIN)
                    || AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.UPGRADE)
                    || (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.CONNECTION)
                    && !AsciiString.contentEqualsIgnoreCase(value, "keep-alive"))
                    || identityHeaders.isStripped(name)) {
                return null;
            }
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, BEARER.length())) {
            return null;
        }
        return VerifiedTokens.bearerToken(authorization);
    }

    /**
     * -1 for a bodyless method without {@code Content-Length}; the declared length of a POST/PUT/PATCH body when it
     * is one plain number within {@code smenet.gateway.max-request-size}; -2 otherwise (the slow path decides:
     * {@code RequestSizeLimit}'s 413, a chunked body, a GET with a body...).
     */
    private long contentLength(HttpHeaders headers, boolean bodyless) {
        String declared = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        if (declared == null) {
            return bodyless ? -1 : -2;
        }
        if (bodyless || declared.isEmpty() || declared.length() > 18 || headers.getAll(HttpHeaderNames.CONTENT_LENGTH).size() != 1) {
            return -2;
        }
        long length = 0;
        for (int i = 0; i < declared.length(); i++) {
            char c = declared.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            length = length * 10 + (c - '0');
        }
        return length <= maxBodyBytes ? length : -2;
    }

    private static boolean isPrintable(CharSequence text, boolean allowTab) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && !(c == '\t' && allowTab)) || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the path in {@code uri} when the whole target is one the firewall lets through unchanged and
     * that needs no decoding: an absolute path of unreserved characters and sub-delimiters without {@code ;},
     * {@code %}, {@code //}, {@code .} or {@code ..} segments, and a query of the same characters, {@code %XX},
     * {@code /}, {@code ?}; -1 otherwise.
     */
    static int plainPathEnd(String uri) {
        int length = uri.length();
        if (length < 5 || !uri.startsWith("/api/")) {
            return -1;
        }
        int i = 0;
        char previous = 0;
        for (; i < length; i++) {
            char c = uri.charAt(i);
            if (c == '?') {
                break;
            }
            if (c == '/') {
                if (previous == '/' || isDotSegmentEnd(uri, i)) {
                    return -1;
                }
            } else if (!isPathChar(c)) {
                return -1;
            }
            previous = c;
        }
        if (isDotSegmentEnd(uri, i)) {
            return -1;
        }
        int pathEnd = i;
        for (i = i + 1; i < length; i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
                    return -1;
                }
                i += 2;
            } else if (!isPathChar(c) && c != '/' && c != '?') {
                return -1;
            }
        }
        return pathEnd;
    }

    /** True when the segment ending at {@code end} (exclusive) is {@code .} or {@code ..}. */
    private static boolean isDotSegmentEnd(String uri, int end) {
        if (end >= 2 && uri.charAt(end - 1) == '.' && uri.charAt(end - 2) == '/') {
            return true;
        }
        return end >= 3 && uri.charAt(end - 1) == '.' && uri.charAt(end - 2) == '.' && uri.charAt(end - 3) == '/';
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,=:@".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

package org.smenet.gateway.fastpath;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;

/**
 * The routes the fast path may serve, precomputed from the gateway's own route definitions
 * ({@code spring.cloud.gateway.server.webflux.routes}) in their order, so a path is decided by a few string
 * comparisons. A route is eligible when it is a plain service route under {@code /api/}: only {@code Path}
 * predicates of the forms {@code /x} and {@code /x/**}, an {@code http} URI, a {@code CircuitBreaker} filter
 * and nothing else but {@code IdempotentRetry}, no metadata (the stream route's {@code response-timeout: -1}).
 * Every other route still claims its paths, in order: a path whose first matching route is not eligible (the
 * opportunities stream, API documents, node keys, the portal) is never taken. A pattern with a wildcard
 * elsewhere claims every path starting with its literal part, which only errs towards the slow path.
 */
final class FastPathRoutes {

    /** One eligible route. */
    record Route(String id, String uri, String host, int port, String hostHeader, String circuitBreaker) {
    }

    private record Claim(String exact, String prefix, Route route) {

        boolean matches(String path) {
            if (exact != null && path.equals(exact)) {
                return true;
            }
            return prefix != null && path.startsWith(prefix);
        }
    }

    private final List<Claim> claims;

    private FastPathRoutes(List<Claim> claims) {
        this.claims = claims;
    }

    static FastPathRoutes of(List<RouteDefinition> definitions) {
        List<Claim> claims = new ArrayList<>();
        for (RouteDefinition definition : definitions) {
            Route route = eligible(definition);
            // the paths a route may claim: those of its Path predicate, whatever else it also asks (a method...)
            List<String> patterns = pathPatterns(definition, true);
            if (patterns == null) {
                // a route decided by something other than its path (method, host, header...) may claim any /api/ path
                if (route == null) {
                    claims.add(new Claim(null, "/", null));
                }
                continue;
            }
            for (String pattern : patterns) {
                claims.add(claimOf(pattern.strip(), route));
            }
        }
        return new FastPathRoutes(List.copyOf(claims));
    }

    /** The eligible route of {@code path} (path only, no query), or null when its route is not for the fast path. */
    Route match(String path) {
        for (int i = 0, n = claims.size(); i < n; i++) {
            Claim claim = claims.get(i);
            if (claim.matches(path)) {
                return claim.route();
            }
        }
        return null;
    }

    List<Route> routes() {
        return claims.stream().map(Claim::route).filter(r -> r != null).distinct().toList();
    }

    private static Claim claimOf(String pattern, Route route) {
        int wildcard = firstWildcard(pattern);
        if (wildcard < 0) {
            return new Claim(pattern, null, route);
        }
        if (pattern.endsWith("/**") && wildcard == pattern.length() - 2) {
            // /x/** matches /x, /x/ and everything under /x/
            String base = pattern.substring(0, pattern.length() - 3);
            return new Claim(base, base + "/", route);
        }
        return new Claim(null, pattern.substring(0, wildcard), null);
    }

    private static int firstWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '{') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The patterns of the route's {@code Path} predicates; null when it has none, or when it has other predicates
     * too and {@code othersAllowed} is false.
     */
    private static List<String> pathPatterns(RouteDefinition definition, boolean othersAllowed) {
        List<String> patterns = new ArrayList<>();
        for (PredicateDefinition predicate : definition.getPredicates()) {
            if (!"Path".equals(predicate.getName())) {
                if (othersAllowed) {
                    continue;
                }
                return null;
            }
            for (Map.Entry<String, String> arg : predicate.getArgs().entrySet()) {
                if (arg.getKey().startsWith("_genkey_") || arg.getKey().startsWith("patterns")) {
                    for (String pattern : arg.getValue().split(",")) {
                        if (!pattern.isBlank()) {
                            patterns.add(pattern);
                        }
                    }
                } else if (!arg.getKey().equals("matchTrailingSlash")) {
                    return null;
                }
            }
        }
        return patterns.isEmpty() ? null : patterns;
    }

    private static Route eligible(RouteDefinition definition) {
        URI uri = definition.getUri();
        if (uri == null || !"http".equals(uri.getScheme()) || uri.getHost() == null
                || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
                || !definition.getMetadata().isEmpty()) {
            return null;
        }
        List<String> patterns = pathPatterns(definition, false);
        if (patterns == null || patterns.stream().anyMatch(p -> !p.strip().startsWith("/api/"))) {
            return null;
        }
        String circuitBreaker = null;
        for (FilterDefinition filter : definition.getFilters()) {
            switch (filter.getName()) {
                case "CircuitBreaker" -> {
                    circuitBreaker = filter.getArgs().getOrDefault("name", filter.getArgs().get("_genkey_0"));
                    String fallback = filter.getArgs().get("fallbackUri");
                    if (circuitBreaker == null || fallback == null || !fallback.startsWith("forward:/fallback/")
                            || filter.getArgs().keySet().stream().anyMatch(k -> !k.equals("name")
                            && !k.equals("fallbackUri"))) {
                        return null; // status codes counted as failures, resume without error...: slow path
                    }
                }
                case "IdempotentRetry" -> {
                    // GET/HEAD answered 502/503/504 by the service go back to the slow path, which retries them
                }
                default -> {
                    return null;
                }
            }
        }
        if (circuitBreaker == null) {
            return null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        String hostHeader = uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
        return new Route(definition.getId(), uri.toString(), uri.getHost(), port, hostHeader, circuitBreaker);
    }
}

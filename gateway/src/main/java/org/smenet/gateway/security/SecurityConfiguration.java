package org.smenet.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import org.smenet.gateway.GatewayProperties;
import org.smenet.gateway.problem.ProblemWriter;

/**
 * OAuth2 resource server: {@code /api/**} needs a valid JWT (issuer, audience {@code smenet}, expiry;
 * see {@code spring.security.oauth2.resourceserver.jwt.*}); health, info, metrics and the OpenAPI UI
 * are open; anything else is refused. Stateless: no session, no CSRF token (bearer tokens only).
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final List<String> OPEN_PATHS = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**");

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                           ProblemAccessDeniedHandler accessDenied, GatewayProperties properties,
                                           CorsConfigurationSource cors, ProblemWriter problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // CORS as Spring's filter does it, but a refused cross-origin request gets a problem body
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .addFilterAt(new ProblemCorsWebFilter(cors, problems), SecurityWebFiltersOrder.CORS)
                // the default security headers (no-cache, nosniff, frame DENY, XSS 0, CSP, referrer policy, HSTS on
                // https), same values and rules as Spring Security's writers, written without their per-response cost
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .addFilterAt(new SecurityHeadersWebFilter(properties.contentSecurityPolicy()),
                        SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                // the API first: almost every request is one, and the two sets do not overlap
                .authorizeExchange(exchanges -> {
                    // the few public paths of the services (feeds, certificate keys and verification)
                    for (String entry : properties.publicPaths()) {
                        String[] methodAndPath = entry.strip().split("\\s+", 2);
                        exchanges.pathMatchers(org.springframework.http.HttpMethod.valueOf(methodAndPath[0]),
                                methodAndPath[1]).permitAll();
                    }
                })
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers(OPEN_PATHS.toArray(String[]::new)).permitAll()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenConverter())
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /**
     * No security observations: not around each filter of the chain (before and after every one of a dozen
     * filters), and not per authentication and per authorization either (two more timers with their tags
     * built on every request, ~3 % of the gateway's CPU). Routed requests are timed per route
     * ({@code spring_cloud_gateway_requests_seconds}); refused ones are counted by {@link SecurityRefusals}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match",
                properties.correlationHeader()));
        cors.setExposedHeaders(List.of(properties.correlationHeader(), "X-RateLimit-Limit", "X-RateLimit-Remaining",
                "Retry-After", "Location", "ETag", "WWW-Authenticate"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}

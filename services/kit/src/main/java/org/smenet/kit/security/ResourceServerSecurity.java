package org.smenet.kit.security;

import java.util.List;
import org.smenet.kit.errors.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server (defence in depth behind the gateway): issuer, audience
 * and expiry are checked; health, metrics and the API description are open; 401 and 403 are problem
 * responses.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurity implements WebMvcConfigurer {

    /**
     * Paths a service serves without a token (besides health, metrics and its API description), e.g. a
     * public feed or certificate verification: {@code smenet.security.public-paths}, GET/HEAD only.
     */
    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http, JsonMapper json,
            org.springframework.core.env.Environment environment) throws Exception {
        String[] publicPaths = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("smenet.security.public-paths", String[].class).orElse(new String[0]);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> ActorArgumentResolver.roles(jwt.getClaim("roles"))
                .stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error",
                                org.smenet.kit.federation.NodeKeysController.PATH)
                        .permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, publicPaths).permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.HEAD, publicPaths).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid access token is required");
                        })
                        .accessDeniedHandler((request, response, e) -> write(response, json, HttpStatus.FORBIDDEN,
                                "forbidden", "Your token does not allow this")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid access token is required");
                        }));
        return http.build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    private static void write(jakarta.servlet.http.HttpServletResponse response, JsonMapper json, HttpStatus status,
            String kind, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, kind, detail, null));
    }
}

package org.smenet.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page is open; a bearer token, when the gateway relays one, is validated (issuer, audience, expiry) and
 * decides what the page shows. No session and no CSRF here: the browser's session and its CSRF protection live
 * in the gateway, and a bearer token is not an ambient credential a foreign site could ride on.
 */
@Configuration
class PortalSecurity {

    @Bean
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .build();
    }
}

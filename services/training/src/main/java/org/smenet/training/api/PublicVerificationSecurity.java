package org.smenet.training.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Lets anyone POST a credential for verification without a token (the kit's public paths are GET/HEAD
 * only). A chain of its own, matching that one request and nothing else; every other request goes
 * through the kit's resource-server chain. (Candidate for the kit: public POST paths.)
 */
@Configuration(proxyBeanMethods = false)
class PublicVerificationSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain publicVerification(HttpSecurity http) throws Exception {
        http.securityMatcher(request -> HttpMethod.POST.matches(request.getMethod())
                        && "/api/training/verifications".equals(request.getRequestURI()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // a verification never depends on who asks: whatever credentials came along are dropped
                .addFilterBefore((request, response, chain) -> {
                    SecurityContextHolder.clearContext();
                    chain.doFilter(request, response);
                }, AuthorizationFilter.class);
        return http.build();
    }
}

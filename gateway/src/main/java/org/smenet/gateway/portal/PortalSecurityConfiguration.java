package org.smenet.gateway.portal;

import java.net.URI;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import org.smenet.gateway.GatewayProperties;

/**
 * The browser side of the gateway, for the portal: OpenID Connect sign-in (authorization code + PKCE, the
 * portal being a public client), a session cookie, CSRF, sign-out at the issuer, and the signed-in person's
 * access token relayed to the portal ({@code TokenRelay=} on the portal route). The token stays in the
 * gateway's session; the browser only ever holds the {@code SESSION} and {@code XSRF-TOKEN} cookies. Sessions are
 * kept in the node's document store ({@code session/}), so every gateway replica serves every signed-in person.
 * <p>
 * A chain of its own, matched on the browser paths only and consulted before the API chain, which it leaves
 * exactly as it is: {@code /api/**} keeps bearer tokens, no session and no CSRF.
 */
@Configuration
class PortalSecurityConfiguration {

    static final String REGISTRATION = "portal";

    /** What the browser reaches through this chain: the portal's pages and the sign-in/out endpoints. */
    static final String[] BROWSER_PATHS = {"/", "/portal", "/portal/**", "/oauth2/authorization/**",
            "/login/oauth2/code/**", "/login", "/logout"};

    /**
     * Endpoints under the issuer (Spring Authorization Server's layout), named here rather than discovered so
     * that the gateway starts before the issuer does.
     */
    @Bean
    ReactiveClientRegistrationRepository portalClientRegistrations(PortalProperties portal) {
        String issuer = portal.issuerUri();
        boolean confidential = !portal.clientSecret().isBlank();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(portal.clientId())
                .clientSecret(confidential ? portal.clientSecret() : null)
                .clientName("SME Cluster Network")
                // a public client has no secret; PKCE (S256) on every authorization request either way
                .clientAuthenticationMethod(confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                        : ClientAuthenticationMethod.NONE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(portal.scopes())
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .build();
        return new InMemoryReactiveClientRegistrationRepository(registration);
    }

    /**
     * The signed-in person's tokens live in their session (and so in the shared session store), not in a
     * per-process map keyed by the person: any replica relays them, and they end with the session.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository portalAuthorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityWebFilterChain portalSecurity(ServerHttpSecurity http, PortalProperties portal,
                                          GatewayProperties gateway, ReactiveClientRegistrationRepository clients,
                                          ServerOAuth2AuthorizedClientRepository authorizedClients) {
        CookieServerCsrfTokenRepository csrfTokens = new CookieServerCsrfTokenRepository();
        csrfTokens.setCookiePath("/");
        OidcClientInitiatedServerLogoutSuccessHandler signedOut = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        signedOut.setLogoutSuccessUrl(URI.create("/"));
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(BROWSER_PATHS))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(portal.signedInPaths().toArray(String[]::new)).authenticated()
                        .anyExchange().permitAll())
                .oauth2Login(Customizer.withDefaults())
                .oauth2Client(Customizer.withDefaults())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new PortalCsrf.HeaderOrSignOutForm()))
                .addFilterAfter(new PortalCsrf.ExposeToPortal(), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new ExpiredSignIn(authorizedClients), SecurityWebFiltersOrder.AUTHORIZATION)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut)
                        // the session is deleted from the store, with the tokens in it, on every replica at once
                        .logoutHandler(new WebSessionServerLogoutHandler()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(gateway.contentSecurityPolicy())))
                .build();
    }
}

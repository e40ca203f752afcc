package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The gateway as the portal's backend-for-frontend: public pages routed without sign-in, signed-in pages sent to
 * the issuer with PKCE, the session's access token relayed (never handed to the browser), CSRF on browser writes,
 * and the API chain left as it was.
 */
class PortalBackendForFrontendTest extends GatewayTestBase {

    @Autowired
    WebSessionManager sessions;
    @Autowired
    ServerOAuth2AuthorizedClientRepository authorizedClients;
    @Autowired
    ReactiveClientRegistrationRepository registrations;

    @Test
    void routesPublicPagesToThePortalWithoutSignInAndWithoutAToken() {
        client.get().uri("/portal/directory?q=coffee").exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.SET_COOKIE, cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="))
                .expectBody().returnResult();

        var seen = STUB.lastAt("/portal/directory?q=coffee").orElseThrow();
        assertThat(seen.headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
        assertThat(seen.headers().getFirst("X-Portal-Csrf-Token")).isNotBlank();

        client.get().uri("/").exchange().expectStatus().isOk().expectBody().returnResult();
        assertThat(STUB.lastAt("/")).isPresent();
    }

    @Test
    void sendsABrowserAskingForASignedInPageToTheIssuerWithPkce() {
        String toSignIn = client.get().uri("/portal/me").exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation().toString();
        assertThat(toSignIn).endsWith("/oauth2/authorization/portal");

        URI authorize = client.get().uri("/oauth2/authorization/portal").exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();
        assertThat(authorize.toString()).startsWith(STUB.baseUrl() + "/oauth2/authorize?");
        Map<String, List<String>> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
        assertThat(query.get("response_type")).containsExactly("code");
        assertThat(query.get("client_id")).containsExactly("portal");
        assertThat(query.get("code_challenge_method")).containsExactly("S256");
        assertThat(query.get("code_challenge").get(0)).hasSizeGreaterThan(40);
        assertThat(query.get("scope").get(0)).contains("openid", "smenet");
        assertThat(query.get("redirect_uri").get(0)).endsWith("/login/oauth2/code/portal");
        assertThat(query.get("nonce")).isNotEmpty();
    }

    @Test
    void relaysTheSignedInPersonsAccessTokenToThePortalAndNeverToTheBrowser() {
        String token = STUB.tokens().forSubject("sme-" + UUID.randomUUID());
        String session = signIn(token, Instant.now().plus(Duration.ofMinutes(10)));

        var result = client.get().uri("/portal/me/profile").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();

        var seen = STUB.lastAt("/portal/me/profile").orElseThrow();
        assertThat(seen.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(result.getResponseBody()).doesNotContain(token);
        assertThat(result.getResponseHeaders().toString()).doesNotContain(token);
    }

    // sme pages
    @Test
    void relaysTheLiveListsStreamRequestWithTheTokenAndSendsAVisitorToSignIn() {
        String token = STUB.tokens().forSubject("sme-" + UUID.randomUUID());
        String session = signIn(token, Instant.now().plus(Duration.ofMinutes(10)));

        client.get().uri("/portal/sme/subscriptions/sub-1/live").cookie("SESSION", session).exchange()
                .expectStatus().isOk();
        var seen = STUB.lastAt("/portal/sme/subscriptions/sub-1/live").orElseThrow();
        assertThat(seen.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);

        String toSignIn = client.get().uri("/portal/sme/subscriptions/sub-2/live").exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation().toString();
        assertThat(toSignIn).endsWith("/oauth2/authorization/portal");
        assertThat(STUB.lastAt("/portal/sme/subscriptions/sub-2/live")).isEmpty();
    }
    // end sme pages

    @Test
    void endsASessionWhoseAccessTokenHasRunOutInsteadOfRelayingIt() {
        String token = STUB.tokens().forSubject("sme-" + UUID.randomUUID());
        String session = signIn(token, Instant.now().minusSeconds(5));

        client.get().uri("/portal/me/matches").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/portal/me/matches"))
                .expectBody().returnResult();
        assertThat(STUB.lastAt("/portal/me/matches")).isEmpty();
    }

    @Test
    void refusesABrowserWriteWithoutTheCsrfTokenAndRoutesOneWithIt() {
        client.post().uri("/portal/sme/interest").exchange()
                .expectStatus().isForbidden()
                .expectBody().returnResult();
        assertThat(STUB.lastAt("/portal/sme/interest")).isEmpty();

        ResponseCookie cookie = client.get().uri("/portal/courses").exchange()
                .expectBody().returnResult().getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();

        client.post().uri("/portal/feed/refresh")
                .cookie("XSRF-TOKEN", cookie.getValue())
                .header("X-XSRF-TOKEN", cookie.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyValue("q=tea&_csrf=ignored")
                .exchange()
                .expectStatus().isOk()
                // the body reached the portal intact: the gateway did not read it for the token
                .expectBody().jsonPath("$.bodyBytes").isEqualTo("q=tea&_csrf=ignored".length());
    }

    @Test
    void signsOutAtTheIssuerWithTheIdTokenAsHint() {
        String token = STUB.tokens().forSubject("sme-" + UUID.randomUUID());
        String session = signIn(token, Instant.now().plus(Duration.ofMinutes(10)));
        String csrf = client.get().uri("/portal/courses").exchange()
                .expectBody().returnResult().getResponseCookies().getFirst("XSRF-TOKEN").getValue();

        client.post().uri("/logout").cookie("SESSION", session).cookie("XSRF-TOKEN", csrf)
                .header("X-XSRF-TOKEN", csrf).exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .startsWith(STUB.baseUrl() + "/connect/logout?id_token_hint=")
                        .contains("post_logout_redirect_uri="))
                .expectBody().returnResult();
        // the session is gone: the same cookie now starts a sign-in
        client.get().uri("/portal/me").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/oauth2/authorization/portal"))
                .expectBody().returnResult();
    }

    @Test
    void leavesTheApiChainStatelessWithoutCsrf() {
        client.post().uri("/api/registry/enterprises")
                .header(HttpHeaders.AUTHORIZATION, bearerForNewCaller())
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().returnResult();
        client.get().uri("/api/registry/enterprises").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().returnResult();
    }

    /**
     * A session as oauth2Login leaves it, put in the gateway's session store: the person's OIDC identity in the
     * security context and their authorized client, both saved by the repositories the gateway itself uses.
     * Returns the session id (the {@code SESSION} cookie).
     */
    private String signIn(String accessToken, Instant expiresAt) {
        String subject = "person-" + UUID.randomUUID();
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + subject, issuedAt, expiresAt.plusSeconds(3600),
                Map.of("sub", subject, "iss", STUB.baseUrl(), "economy", "CL"));
        var user = new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("OIDC_USER")), idToken, "sub");
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "portal");
        var registration = registrations.findByRegistrationId("portal").block();
        var client = new OAuth2AuthorizedClient(registration, subject,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, issuedAt, expiresAt));

        WebSession session = ((DefaultWebSessionManager) sessions).getSessionStore().createWebSession().block();
        var exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/")).session(session).build();
        new WebSessionServerSecurityContextRepository().save(exchange, new SecurityContextImpl(authentication)).block();
        authorizedClients.saveAuthorizedClient(client, authentication, exchange).block();
        session.save().block();
        return session.getId();
    }
}

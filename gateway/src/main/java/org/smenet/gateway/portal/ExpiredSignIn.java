package org.smenet.gateway.portal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Ends a browser session whose access token has run out. The portal is a public client and gets no refresh
 * token, so an expired token would otherwise be relayed and refused downstream on every page. Instead the
 * session is dropped and the browser sent back to the same address: public pages then show as signed out,
 * signed-in pages start a new sign-in (silent while the issuer's own session lasts).
 */
final class ExpiredSignIn implements WebFilter {

    private static final Duration SKEW = Duration.ofSeconds(10);

    private final ServerOAuth2AuthorizedClientRepository authorizedClients;

    ExpiredSignIn(ServerOAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.equals("/") && !path.equals("/portal") && !path.startsWith("/portal/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .cast(OAuth2AuthenticationToken.class)
                .flatMap(signedIn -> authorizedClients
                        .<OAuth2AuthorizedClient>loadAuthorizedClient(signedIn.getAuthorizedClientRegistrationId(),
                                signedIn, exchange)
                        .map(ExpiredSignIn::usable)
                        .defaultIfEmpty(false))
                .defaultIfEmpty(true)
                .flatMap(usable -> usable ? chain.filter(exchange) : signOutAndRetry(exchange));
    }

    private static boolean usable(OAuth2AuthorizedClient client) {
        Instant expiresAt = client.getAccessToken().getExpiresAt();
        return expiresAt == null || expiresAt.isAfter(Instant.now().plus(SKEW));
    }

    private static Mono<Void> signOutAndRetry(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(WebSession::invalidate).then(Mono.fromRunnable(() -> {
            exchange.getResponse().setStatusCode(HttpStatus.FOUND);
            exchange.getResponse().getHeaders().setLocation(exchange.getRequest().getURI());
            if (exchange.getRequest().getHeaders().containsHeader("HX-Request")) {
                // htmx follows redirects inside its request; ask it to load the whole page again instead
                exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
                exchange.getResponse().getHeaders().set("HX-Refresh", "true");
            }
        }));
    }
}

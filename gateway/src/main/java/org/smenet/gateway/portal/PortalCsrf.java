package org.smenet.gateway.portal;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CSRF for the browser paths, double-submit style: the token lives in the {@code XSRF-TOKEN} cookie and comes
 * back in the {@code X-XSRF-TOKEN} header, which the portal's pages set on every htmx request.
 * <p>
 * The token is never read from a form body on a routed path: reading the body here would consume it, and the
 * portal would receive an empty request. Only the gateway's own sign-out form ({@code POST /logout}) carries
 * it as the {@code _csrf} field.
 */
final class PortalCsrf {

    /** The current token, given to the portal so its pages can carry it; a browser cannot set it (overwritten). */
    static final String TOKEN_HEADER = "X-Portal-Csrf-Token";

    private PortalCsrf() {
    }

    /** Header first; the form field only for the gateway's own {@code /logout}. */
    static final class HeaderOrSignOutForm extends ServerCsrfTokenRequestAttributeHandler {

        @Override
        public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
            String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
            if (header != null) {
                return Mono.just(header);
            }
            if (exchange.getRequest().getMethod() == HttpMethod.POST
                    && exchange.getRequest().getPath().pathWithinApplication().value().equals("/logout")) {
                return super.resolveCsrfTokenValue(exchange, csrfToken);
            }
            return Mono.empty();
        }
    }

    /**
     * Loads the token (which writes the cookie when it is new) and hands its value to the portal in
     * {@link #TOKEN_HEADER}, replacing whatever the browser sent under that name.
     */
    static final class ExposeToPortal implements WebFilter {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            if (token == null) {
                return chain.filter(exchange);
            }
            return token.map(t -> {
                ServerHttpRequest request = exchange.getRequest().mutate()
                        .headers(headers -> headers.set(TOKEN_HEADER, t.getToken())).build();
                return exchange.mutate().request(request).build();
            }).defaultIfEmpty(exchange).flatMap(chain::filter);
        }
    }
}

package org.smenet.gateway;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Edge settings of the gateway, {@code smenet.gateway.*}. Defaults run the embedded node.
 *
 * @param maxRequestSize        largest request body accepted; larger ones get a 413 problem
 * @param allowedOrigins        browser origins allowed by CORS (the portal)
 * @param contentSecurityPolicy CSP sent on every response that does not carry its own
 * @param strippedHeaders       request headers removed before routing; a trailing {@code *} matches a prefix.
 *                              Identity and economy come from the token, never from a header.
 * @param correlationHeader     header carrying the correlation id; never stripped
 * @param publicPaths           {@code "<METHOD> <path pattern>"} entries routed without a token: public feeds,
 *                              certificate keys and verification. Everything else under {@code /api/**}
 *                              needs a valid token.
 */
@ConfigurationProperties("smenet.gateway")
public record GatewayProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("http://127.0.0.1:8080") List<String> allowedOrigins,
        @DefaultValue("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
        String contentSecurityPolicy,
        @DefaultValue({"X-Economy", "X-Org", "X-Roles", "X-User*", "X-Forwarded-User", "X-Smenet-*"})
        List<String> strippedHeaders,
        @DefaultValue("X-Correlation-Id") String correlationHeader,
        List<String> publicPaths) {

    public GatewayProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}

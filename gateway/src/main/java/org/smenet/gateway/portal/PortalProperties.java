package org.smenet.gateway.portal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway as the portal's backend-for-frontend, {@code smenet.gateway.portal.*}. Defaults run the embedded node.
 *
 * @param issuerUri       the node's OpenID Connect issuer (authorization, token, JWKS and end-session endpoints
 *                        are taken below it, so the gateway starts before the issuer is up)
 * @param clientId        the client registered for the portal (authorization code + PKCE)
 * @param clientSecret    empty for a public client (the dev identity provider's {@code portal}); set it when the
 *                        economy's provider registers the portal as a confidential client (PKCE is kept)
 * @param scopes          scopes asked for at sign-in
 * @param signedInPaths   portal paths that need a signed-in person (others are public pages)
 */
@ConfigurationProperties("smenet.gateway.portal")
public record PortalProperties(
        @DefaultValue("http://127.0.0.1:9000") String issuerUri,
        @DefaultValue("portal") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue({"openid", "profile", "smenet"}) List<String> scopes,
        @DefaultValue({"/portal/sign-in", "/portal/me/**", "/portal/sme/**", "/portal/focal/**", "/portal/operator/**"})
        List<String> signedInPaths) {

    public PortalProperties {
        issuerUri = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
        scopes = List.copyOf(scopes);
        signedInPaths = List.copyOf(signedInPaths);
    }
}

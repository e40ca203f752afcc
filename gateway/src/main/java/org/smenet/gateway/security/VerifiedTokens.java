package org.smenet.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens that already passed full validation and have not expired, answered without any verification work.
 * Implemented by the {@link VerifiedTokenCache} that wraps the resource server's decoder, for the gateway's fast
 * path ({@code org.smenet.gateway.fastpath}): a token it does not know is left to the security chain, which
 * verifies it and remembers it here.
 */
public interface VerifiedTokens {

    /** The verified, unexpired token, or null when it is unknown or expired (then the security chain decides). */
    Jwt verifiedOrNull(String token);

    /**
     * The token of an {@code Authorization} value {@code Bearer <b64token>}, by the same rule as the security
     * chain's bearer-token converter; null when the value is not such a bearer token.
     */
    static String bearerToken(String authorization) {
        return authorization == null ? null : BearerTokenConverter.token(authorization);
    }
}

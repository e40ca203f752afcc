package org.smenet.gateway.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that passed full validation (signature, issuer, audience, expiry) until they expire,
 * so a client reusing its access token does not cost an RSA verification on every call; on a small
 * node that verification is the largest part of the gateway's CPU per request. Keyed by the whole
 * token, signature included, so only the identical token is trusted again. Failures are never cached.
 * Trade-off: a token stays accepted until its own expiry even if its signing key is withdrawn sooner.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder, VerifiedTokens {

    private final ReactiveJwtDecoder delegate;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(ReactiveJwtDecoder delegate, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (isUnexpired(known)) {
                return Mono.just(known);
            }
            verified.remove(token, known);
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    @Override
    public Jwt verifiedOrNull(String token) {
        Jwt known = verified.get(token);
        return known != null && isUnexpired(known) ? known : null;
    }

    int size() {
        return verified.size();
    }

    private boolean isUnexpired(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }

    private void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return; // without an expiry there is nothing to bound the trust by
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> !isUnexpired(entry));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}

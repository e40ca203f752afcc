package org.smenet.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("user")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(15))).build());
    };

    @Test
    void verifiesATokenOnceWhileItIsValid() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 10, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(cache.decode("t1").block().getSubject()).isEqualTo("user");
        assertThat(cache.decode("t1").block().getSubject()).isEqualTo("user");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void verifiesAgainOnceTheTokenHasExpired() {
        MovingClock clock = new MovingClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 10, clock);
        cache.decode("t1").block();

        clock.now = NOW.plus(Duration.ofMinutes(16));
        cache.decode("t1").block();

        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersARejectedToken() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 10, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> cache.decode("bad-1").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad-1").block()).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void staysWithinItsSize() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 3, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < 10; i++) {
            cache.decode("t" + i).block();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

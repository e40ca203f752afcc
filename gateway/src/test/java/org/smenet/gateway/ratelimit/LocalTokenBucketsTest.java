package org.smenet.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.smenet.gateway.ratelimit.TokenBuckets.Take;

class LocalTokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void grantsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        LocalTokenBuckets buckets = new LocalTokenBuckets(0.5, 3, nanos::get);

        assertThat(buckets.takeNow("a")).isEqualTo(new Take(true, 2, 0));
        assertThat(buckets.takeNow("a")).isEqualTo(new Take(true, 1, 0));
        assertThat(buckets.takeNow("a")).isEqualTo(new Take(true, 0, 0));

        Take refused = buckets.takeNow("a");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2); // one token every 2 s
    }

    @Test
    void refillsAtTheReplenishRateButNeverAboveCapacity() {
        LocalTokenBuckets buckets = new LocalTokenBuckets(2, 4, nanos::get);
        for (int i = 0; i < 4; i++) {
            buckets.takeNow("a");
        }
        assertThat(buckets.takeNow("a").granted()).isFalse();

        nanos.addAndGet(1_000_000_000L); // one second: two tokens back
        assertThat(buckets.takeNow("a")).isEqualTo(new Take(true, 1, 0));

        nanos.addAndGet(3_600_000_000_000L); // an hour: full, not more
        assertThat(buckets.takeNow("a")).isEqualTo(new Take(true, 3, 0));
    }

    @Test
    void keepsOneBucketPerCaller() {
        LocalTokenBuckets buckets = new LocalTokenBuckets(1, 1, nanos::get);

        assertThat(buckets.takeNow("a").granted()).isTrue();
        assertThat(buckets.takeNow("a").granted()).isFalse();
        assertThat(buckets.takeNow("b").granted()).isTrue();
    }

    @Test
    void forgetsCallersWhoseBucketsHaveRefilled() {
        LocalTokenBuckets buckets = new LocalTokenBuckets(10, 10, nanos::get);
        for (int i = 0; i < 100; i++) {
            buckets.takeNow("caller-" + i);
        }
        nanos.addAndGet(2_000_000_000L); // idle past a full refill (1 s)
        for (int i = 100; i < 4096; i++) {
            buckets.takeNow("active");
        }

        assertThat(buckets.size()).isEqualTo(1);
    }
}

package org.smenet.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

/**
 * Token buckets in this process: right for one gateway. Buckets idle long enough to be full again are
 * dropped now and then, so memory follows the number of active callers, not all callers ever seen.
 */
final class LocalTokenBuckets implements TokenBuckets {

    private static final int SWEEP_EVERY = 4096;
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double replenishPerSecond;
    private final int capacity;
    private final LongSupplier nanoClock;
    private final long refillNanos;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong takes = new AtomicLong();

    LocalTokenBuckets(double replenishPerSecond, int capacity, LongSupplier nanoClock) {
        this.replenishPerSecond = replenishPerSecond;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.refillNanos = (long) Math.ceil(capacity / replenishPerSecond * NANOS_PER_SECOND);
    }

    @Override
    public Mono<Take> take(String key) {
        return Mono.fromSupplier(() -> takeNow(key));
    }

    @Override
    public Take takeNow(String key) {
        long now = nanoClock.getAsLong();
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            double elapsedSeconds = Math.max(0, now - bucket.refilledAt) / NANOS_PER_SECOND;
            bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * replenishPerSecond);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Take.granted((long) Math.floor(bucket.tokens));
            }
            long retryMillis = (long) Math.ceil((1 - bucket.tokens) / replenishPerSecond * 1000);
            return Take.refused(retryMillis);
        }
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                return now - bucket.refilledAt >= refillNanos;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}

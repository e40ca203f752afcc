package org.smenet.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** One token bucket per key; each request takes one token or is refused. */
public interface TokenBuckets {

    Mono<Take> take(String key);

    /**
     * Takes a token at once, on the calling thread, when the buckets can (in-process buckets); null when they can
     * only answer asynchronously (Redis), and then nothing was taken. Used by the gateway's Netty fast path.
     */
    default Take takeNow(String key) {
        return null;
    }

    /** The key {@code RateLimitFilter} uses for the caller with this token subject. */
    static String subjectKey(String subject) {
        return "sub:" + subject;
    }

    /**
     * @param granted           a token was taken: the request may pass
     * @param remaining         whole tokens left in the bucket
     * @param retryAfterSeconds when refused, seconds until a token is back (at least 1)
     */
    record Take(boolean granted, long remaining, long retryAfterSeconds) {

        static Take granted(long remaining) {
            return new Take(true, remaining, 0);
        }

        static Take refused(long retryAfterMillis) {
            return new Take(false, 0, Math.max(1, (retryAfterMillis + 999) / 1000));
        }
    }
}

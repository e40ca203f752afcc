package org.smenet.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class RedisTokenBucketsTest {

    @Test
    void letsRequestsThroughWhenRedisIsUnreachable() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        RateLimitProperties properties = new RateLimitProperties(true, 1, 1,
                "redis://127.0.0.1:" + deadPort, "test:", Duration.ofMillis(500));

        try (RedisTokenBuckets buckets = new RedisTokenBuckets(properties)) {
            assertThat(buckets.take("sub:x").block(Duration.ofSeconds(10)).granted()).isTrue();
            assertThat(buckets.take("sub:x").block(Duration.ofSeconds(10)).granted()).isTrue();
        }
    }
}

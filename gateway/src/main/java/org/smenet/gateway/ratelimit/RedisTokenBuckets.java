package org.smenet.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, so all gateway replicas of a node share one budget per caller. The bucket
 * arithmetic runs in one Lua script ({@code scripts/token-bucket.lua}), atomically, on the Redis clock.
 * If Redis is down or slow the request is let through (fail open): a limiter outage must not become a
 * node outage. The connection is made lazily and retried, so the gateway starts without Redis.
 */
final class RedisTokenBuckets implements TokenBuckets, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisTokenBuckets.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);
    private static final long WARN_EVERY_MILLIS = 10_000;

    private final RedisClient client;
    private final Mono<RedisReactiveCommands<String, String>> commands;
    private final String script;
    private final String scriptSha;
    private final String keyPrefix;
    private final String[] arguments;
    private final Duration timeout;
    private final AtomicLong lastWarning = new AtomicLong();

    RedisTokenBuckets(RateLimitProperties properties) {
        this.client = RedisClient.create();
        // while disconnected, fail at once (and so let the request through) instead of queueing commands
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        RedisURI uri = RedisURI.create(properties.redisUrl());
        this.commands = Mono.defer(() -> Mono.fromCompletionStage(client.connectAsync(StringCodec.UTF8, uri)))
                .map(StatefulRedisConnection::reactive)
                .cache(connected -> Duration.ofMillis(Long.MAX_VALUE), failed -> RECONNECT_PAUSE, () -> Duration.ZERO);
        this.script = load("/scripts/token-bucket.lua");
        this.scriptSha = sha1(script);
        this.keyPrefix = properties.redisKeyPrefix();
        this.arguments = new String[] {Double.toString(properties.replenishRate()),
                Integer.toString(properties.burstCapacity()), "1"};
        this.timeout = properties.redisTimeout();
    }

    @Override
    public Mono<Take> take(String key) {
        String[] keys = {keyPrefix + "{" + key + "}"};
        return commands
                .flatMap(redis -> redis.<List<Object>>evalsha(scriptSha, ScriptOutputType.MULTI, keys, arguments)
                        .onErrorResume(RedisNoScriptException.class,
                                missing -> redis.eval(script, ScriptOutputType.MULTI, keys, arguments))
                        .next())
                .map(RedisTokenBuckets::toTake)
                .timeout(timeout)
                .onErrorResume(failure -> {
                    warn(failure);
                    return Mono.just(Take.granted(0));
                });
    }

    private static Take toTake(List<Object> reply) {
        boolean granted = ((Number) reply.get(0)).longValue() == 1;
        long remaining = ((Number) reply.get(1)).longValue();
        long retryMillis = ((Number) reply.get(2)).longValue();
        return granted ? Take.granted(remaining) : Take.refused(retryMillis);
    }

    private void warn(Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limit store unavailable, letting requests through: {}", failure.toString());
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }

    private static String load(String resource) {
        try (InputStream in = RedisTokenBuckets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

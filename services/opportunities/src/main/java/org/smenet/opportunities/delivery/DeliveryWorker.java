package org.smenet.opportunities.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.opportunities.app.OpportunitiesProperties;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.store.SubscriptionStore;
import org.springframework.stereotype.Component;

/**
 * Sends pending webhook deliveries: claims one at a time (a lease, so replicas never send the same one
 * together), posts the CloudEvent in structured mode signed per Standard Webhooks, and records the try.
 * Failures retry with exponential back-off and jitter until the budget is spent, then the delivery is
 * dead (the subscriber's dead-letter list). Woken as soon as something is enqueued; polls otherwise,
 * so deliveries stored before a restart go out after it.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int IN_FLIGHT = 16;

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final OpportunitiesProperties.Webhooks properties;
    private final CircuitBreakers breakers;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;
    private final Semaphore wake = new Semaphore(0);
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running = true;
    private Thread loop;

    public DeliveryWorker(DeliveryStore deliveries, SubscriptionStore subscriptions, OpportunitiesProperties properties,
            Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.properties = properties.webhooks();
        this.breakers = new CircuitBreakers(this.properties.breakerThreshold(), this.properties.breakerOpenFor());
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(this.properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @PostConstruct
    void start() {
        loop = new Thread(this::run, "webhook-deliveries");
        loop.setDaemon(true);
        loop.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        wake.release();
        senders.shutdownNow();
    }

    /** Something was enqueued: look now rather than at the next poll. */
    public void wake() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                sendDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Webhook delivery pass failed, will retry: {}", e.toString());
            }
        }
    }

    private void sendDue() throws InterruptedException {
        while (running) {
            slots.acquire();
            Optional<Delivery> claimed;
            try {
                claimed = deliveries.claim(clock.instant(), LEASE);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            Delivery d = claimed.get();
            senders.execute(() -> {
                try {
                    send(d);
                } catch (RuntimeException e) {
                    log.warn("Delivery {} failed unexpectedly: {}", d.id(), e.toString());
                } finally {
                    slots.release();
                }
            });
        }
    }

    void send(Delivery d) {
        Subscription s = subscriptions.find(d.subscriptionId()).orElse(null);
        Instant now = clock.instant();
        if (s == null || !s.active() || s.webhookUrl() == null) {
            deliveries.failed(d.id(), new Delivery.Attempt(now, null, "subscription cancelled"), null);
            return;
        }
        URI target = URI.create(s.webhookUrl());
        String endpoint = target.getHost() + ":" + target.getPort();
        Instant blocked = breakers.blockedUntil(endpoint, now);
        if (blocked != null) {
            deliveries.deferred(d.id(), blocked);
            return;
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("webhook-id", d.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(s.signingSecrets(now), d.eventId(), timestamp, d.body()))
                .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8)).build();
        Integer status = null;
        String error = null;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant at = clock.instant();
        var attempt = new Delivery.Attempt(at, status, error);
        if (status != null && status / 100 == 2) {
            breakers.success(endpoint);
            deliveries.delivered(d.id(), attempt);
            meters.counter("smenet.webhooks.delivered").increment();
            return;
        }
        breakers.failure(endpoint, at);
        int tried = d.attempts() + 1;
        boolean permanent = status != null && (status == 410);
        Instant next = permanent || tried >= properties.maxAttempts() ? null : at.plus(backOff(tried));
        deliveries.failed(d.id(), attempt, next);
        if (next == null) {
            meters.counter("smenet.webhooks.dead").increment();
        }
    }

    /** Exponential from the initial back-off, capped, with "equal jitter" (half fixed, half random). */
    Duration backOff(int tried) {
        long base = properties.initialBackOff().toMillis();
        long exp = Math.min(properties.maxBackOff().toMillis(), base << Math.min(tried - 1, 20));
        return Duration.ofMillis(exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1));
    }

    public List<Delivery> pendingFor(String subscriptionId) {
        return deliveries.all(subscriptionId);
    }
}

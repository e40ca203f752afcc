package org.smenet.opportunities.events;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.kit.events.OutboxLease;
import org.smenet.opportunities.app.OpportunitiesProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Keeps the feed's appender single across replicas. The feed log is gap-free only if one appender numbers
 * and inserts its entries one after the other; Kafka's consumer group alone would split the partitions among
 * replicas. So the feed listener's container runs only on the replica that holds a lease in the service's
 * store (the kit's {@link OutboxLease}: an owner id per instance, one conditional update, its own document
 * {@code opportunities-feed-appender}); every other replica keeps it stopped and takes over when the lease
 * expires or is released. The listener also appends only while the lease stays valid for {@code margin};
 * a record met without it is retried (not dead-lettered) until the container stops, and stays uncommitted for
 * the next holder.
 */
@Component
public class FeedAppender {

    public static final String LISTENER_ID = "opportunities-feed";
    public static final String LEASE_NAME = "opportunities-feed-appender";

    private static final Logger log = LoggerFactory.getLogger(FeedAppender.class);

    private final OutboxLease lease;
    private final KafkaListenerEndpointRegistry registry;
    private final Duration margin;

    public FeedAppender(MongoTemplate mongo, KafkaListenerEndpointRegistry registry, DefaultErrorHandler errors,
            OpportunitiesProperties properties) {
        this.lease = new OutboxLease(mongo, LEASE_NAME, properties.feedLeaseTtl());
        this.registry = registry;
        this.margin = properties.feedLeaseTtl().dividedBy(3);
        errors.setBackOffFunction((record, failure) -> failure instanceof NotTheAppender
                || failure.getCause() instanceof NotTheAppender ? new FixedBackOff(200, FixedBackOff.UNLIMITED_ATTEMPTS)
                : null);
    }

    /** Takes or renews the lease, and runs the feed listener exactly while holding it. */
    @Scheduled(fixedDelayString = "${smenet.opportunities.feed-lease-check:1s}")
    public void check() {
        MessageListenerContainer container = registry.getListenerContainer(LISTENER_ID);
        if (container == null) {
            return;
        }
        boolean holding;
        try {
            holding = lease.holdFor(margin);
        } catch (RuntimeException storeDown) {
            log.warn("Feed appender lease could not be checked: {}", storeDown.toString());
            holding = lease.validFor(margin);
        }
        if (holding && !container.isRunning()) {
            log.info("Feed appender lease taken by {}: appending", lease.owner());
            container.start();
        } else if (!holding && container.isRunning()) {
            log.info("Feed appender lease not held by {}: stopping the feed listener", lease.owner());
            container.stop();
        }
    }

    /** Whether this replica may append now (it holds the lease for at least the margin). */
    public void requireAppender() {
        if (!lease.validFor(margin)) {
            throw new NotTheAppender(lease.owner());
        }
    }

    public boolean appending() {
        MessageListenerContainer container = registry.getListenerContainer(LISTENER_ID);
        return container != null && container.isRunning();
    }

    public String owner() {
        return lease.owner();
    }

    @PreDestroy
    void handOver() {
        MessageListenerContainer container = registry.getListenerContainer(LISTENER_ID);
        if (container != null && container.isRunning()) {
            container.stop();
        }
        lease.release();
    }

    /** This replica does not (or no longer) hold the feed appender's lease. */
    public static class NotTheAppender extends RuntimeException {
        NotTheAppender(String owner) {
            super("feed appender lease not held by " + owner);
        }
    }
}

package org.smenet.opportunities.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * One event for one webhook subscription, kept until delivered (at least once) or given up: then it sits
 * in the subscriber's dead-letter list until replayed. Its log holds every attempt.
 */
public record Delivery(
        @Id String id,
        String subscriptionId,
        String economy,
        String ownerOrg,
        String eventId,
        long seq,
        String eventType,
        String body,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        Instant leaseUntil,
        Instant createdAt,
        Instant deliveredAt,
        List<Attempt> log) {

    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    /** One try: the HTTP status received, or the error when none was. */
    public record Attempt(Instant at, Integer status, String error) {
    }

    public static String idOf(String subscriptionId, String eventId) {
        return subscriptionId + ":" + eventId;
    }
}

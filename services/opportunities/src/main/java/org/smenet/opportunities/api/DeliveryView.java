package org.smenet.opportunities.api;

import java.time.Instant;
import java.util.List;
import org.smenet.opportunities.delivery.Delivery;

/** One webhook delivery and its tries, as the subscription's delivery log shows it. */
public record DeliveryView(
        String id,
        String eventId,
        String eventType,
        Delivery.Status status,
        int attempts,
        Instant nextAttemptAt,
        Instant deliveredAt,
        List<Delivery.Attempt> log) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(),
                d.status() == Delivery.Status.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(),
                d.log() == null ? List.of() : d.log());
    }
}

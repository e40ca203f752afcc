package org.smenet.kit.outbox;

import java.time.Instant;

/** An event the relay could not publish, as an operator sees it. */
public record ParkedEvent(
        String eventId,
        String collection,
        String aggregateId,
        String topic,
        String type,
        String subject,
        String economy,
        long sequence,
        Instant time,
        String reason,
        int attempts,
        Instant parkedAt) {
}

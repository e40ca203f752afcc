package org.smenet.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.smenet.contracts.EventEnvelope;

/**
 * An event waiting in its aggregate's own document (field {@code outbox}) until the relay has
 * published it. Written in the same single-document update as the state change that caused it.
 */
public record PendingEvent(
        String eventId,
        String topic,
        String type,
        String subject,
        String source,
        String dataschema,
        String economy,
        long sequence,
        Instant time,
        String data) {

    public EventEnvelope toEnvelope() {
        return new EventEnvelope(eventId, source, type, subject, time, dataschema, economy, sequence,
                data.getBytes(StandardCharsets.UTF_8));
    }
}

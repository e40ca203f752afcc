package org.smenet.kit.events;

import java.time.Clock;
import java.util.UUID;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import tools.jackson.databind.json.JsonMapper;

/** Turns a domain happening into a {@link PendingEvent} for the aggregate's outbox. */
public class EventRecorder {

    private final JsonMapper json;
    private final Clock clock;
    private final String service;

    public EventRecorder(JsonMapper json, Clock clock, String service) {
        this.json = json;
        this.clock = clock;
        this.service = service;
    }

    public <T> PendingEvent record(EventType<T> type, String subject, String economy, long sequence, T data) {
        return new PendingEvent(
                UUID.randomUUID().toString(),
                type.topic(),
                type.type(),
                subject,
                EventEnvelope.sourceOf(economy, service),
                type.dataschema(),
                economy,
                sequence,
                clock.instant(),
                json.writeValueAsString(data),
                org.slf4j.MDC.get(org.smenet.contracts.Correlation.MDC_KEY));
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public <T> T read(EventEnvelope envelope, Class<T> dataClass) {
        return json.readValue(envelope.data(), dataClass);
    }
}

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
        String data,
        String correlationId) {

    /** The Kafka record, with the correlation id of the request that caused it as a header. */
    public org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> toProducerRecord() {
        return toProducerRecord(RecordSigner.NONE);
    }

    /** The Kafka record, signed by {@code signer} when it goes to a public topic. */
    public org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> toProducerRecord(RecordSigner signer) {
        var record = signer.sign(topic, toEnvelope()).toProducerRecord(topic);
        if (correlationId != null) {
            record.headers().add(org.smenet.kit.web.CorrelationId.KAFKA_HEADER,
                    correlationId.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    public EventEnvelope toEnvelope() {
        return new EventEnvelope(eventId, source, type, subject, time, dataschema, economy, sequence,
                data.getBytes(StandardCharsets.UTF_8));
    }
}

package org.smenet.contracts;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One event as the network carries it: CloudEvents 1.0 attributes plus the {@code economy} and
 * {@code sequence} extensions, and JSON data. Maps to and from Kafka records in CloudEvents binary
 * mode ({@code ce_*} headers, data as the record value, keyed by subject).
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String dataschema,
        String economy,
        long sequence,
        byte[] data,
        String signaturekey,
        String signature) {

    public static final String ECONOMY = "economy";
    public static final String SEQUENCE = "sequence";
    /** CloudEvents extension: id ({@code kid}) of the origin node's key that signed the record. */
    public static final String SIGNATURE_KEY = "signaturekey";
    /** CloudEvents extension: base64url Ed25519 signature over {@link EventSignatures#signedForm}. */
    public static final String SIGNATURE = "signature";

    /** An unsigned event (local topics carry no signature; the relay signs public ones). */
    public EventEnvelope(String id, String source, String type, String subject, Instant time, String dataschema,
            String economy, long sequence, byte[] data) {
        this(id, source, type, subject, time, dataschema, economy, sequence, data, null, null);
    }

    /** This event with a signature made by key {@code keyId}. */
    public EventEnvelope withSignature(String keyId, String value) {
        return new EventEnvelope(id, source, type, subject, time, dataschema, economy, sequence, data, keyId, value);
    }

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(economy, "economy");
    }

    /** {@code /smenet/<economy>/<service>} as the design prescribes for {@code ce_source}. */
    public static String sourceOf(String economy, String service) {
        return "/smenet/" + economy + "/" + service;
    }

    public CloudEvent toCloudEvent() {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(source))
                .withType(type)
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withExtension(ECONOMY, economy)
                .withExtension(SEQUENCE, sequence)
                .withDataContentType("application/json")
                .withData(data);
        if (dataschema != null) {
            builder.withDataSchema(URI.create(dataschema));
        }
        if (signaturekey != null) {
            builder.withExtension(SIGNATURE_KEY, signaturekey);
        }
        if (signature != null) {
            builder.withExtension(SIGNATURE, signature);
        }
        return builder.build();
    }

    /** The Kafka record for {@code topic}, keyed by the subject (the aggregate id). */
    public ProducerRecord<String, byte[]> toProducerRecord(String topic) {
        return KafkaMessageFactory.<String>createWriter(topic, subject).writeBinary(toCloudEvent());
    }

    public static EventEnvelope from(CloudEvent event) {
        Object economy = event.getExtension(ECONOMY);
        Object sequence = event.getExtension(SEQUENCE);
        if (economy == null) {
            throw new IllegalArgumentException("CloudEvent " + event.getId() + " lacks the economy extension");
        }
        return new EventEnvelope(
                event.getId(),
                event.getSource().toString(),
                event.getType(),
                Objects.requireNonNull(event.getSubject(), "subject"),
                event.getTime() == null ? Instant.EPOCH : event.getTime().toInstant(),
                event.getDataSchema() == null ? null : event.getDataSchema().toString(),
                economy.toString(),
                sequence == null ? 0L : Long.parseLong(sequence.toString()),
                event.getData() == null ? new byte[0] : event.getData().toBytes(),
                text(event.getExtension(SIGNATURE_KEY)),
                text(event.getExtension(SIGNATURE)));
    }

    private static String text(Object extension) {
        return extension == null ? null : extension.toString();
    }

    public static EventEnvelope from(ConsumerRecord<?, byte[]> record) {
        return from(KafkaMessageFactory.createReader(record).toEvent());
    }
}

package org.smenet.kit.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.smenet.kit.events.KafkaWiring;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * A record parked in one of this service's dead-letter topics, as an operator sees it: where it is, where it came
 * from, which event it is (the CloudEvent headers), why it was refused and when. Never the payload: only its size
 * (a private topic's data stays in the topic; the operator re-drives or discards the record, it does not read it).
 * The exception message is cut to {@value #MESSAGE_LIMIT} characters.
 */
public record ParkedRecord(
        String topic,
        int partition,
        long offset,
        Instant parkedAt,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String consumerGroup,
        String eventId,
        String type,
        String subject,
        String economy,
        String source,
        Instant eventTime,
        String reason,
        String exception,
        String exceptionMessage,
        int payloadBytes,
        String retryOf) {

    static final int MESSAGE_LIMIT = 300;

    /** The record's address in the paths of the operator API: {@code <topic>/<partition>/<offset>}. */
    public String key() {
        return ParkedRecords.key(topic, partition, offset);
    }

    /** The record of a dead-letter topic, from its headers (Spring Kafka's {@code kafka_dlt-*} and the {@code ce_*} ones). */
    static ParkedRecord of(ConsumerRecord<String, byte[]> r) {
        Headers h = r.headers();
        String originalTopic = header(h, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (originalTopic == null) {
            originalTopic = r.topic().substring(0, r.topic().length() - KafkaWiring.DLT_SUFFIX.length());
        }
        String fqcn = header(h, KafkaHeaders.DLT_EXCEPTION_FQCN);
        String cause = header(h, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        String message = header(h, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        return new ParkedRecord(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                originalTopic, intHeader(h, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                longHeader(h, KafkaHeaders.DLT_ORIGINAL_OFFSET), header(h, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                header(h, "ce_id"), header(h, "ce_type"), header(h, "ce_subject"), header(h, "ce_economy"),
                header(h, "ce_source"), time(header(h, "ce_time")), reason(fqcn, cause, message),
                simpleName(cause != null ? cause : fqcn),
                message == null || message.length() <= MESSAGE_LIMIT ? message
                        : message.substring(0, MESSAGE_LIMIT) + "…",
                r.value() == null ? 0 : r.value().length, header(h, ParkedRecords.RETRIED_FROM));
    }

    /**
     * A rejected record's reason ({@code EventOrigins.RejectedRecord}: "{@code <reason>: <detail>}", possibly behind
     * the listener's own words), else the exception's simple name.
     */
    static String reason(String fqcn, String cause, String message) {
        boolean rejected = (fqcn != null && fqcn.endsWith("RejectedRecord"))
                || (cause != null && cause.endsWith("RejectedRecord"));
        if (rejected && message != null) {
            var matcher = java.util.regex.Pattern.compile("(?:^|[\\s;:])([a-z]+(?:-[a-z]+)*): ").matcher(message);
            String last = null;
            while (matcher.find()) {
                last = matcher.group(1);
            }
            if (last != null) {
                return last;
            }
        }
        return simpleName(cause != null ? cause : fqcn);
    }

    private static String simpleName(String fqcn) {
        if (fqcn == null) {
            return null;
        }
        String name = fqcn.substring(fqcn.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes the original partition and offset as 4- and 8-byte big-endian numbers. */
    private static Integer intHeader(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null || h.value().length != 4 ? null
                : java.nio.ByteBuffer.wrap(h.value()).getInt();
    }

    private static Long longHeader(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null || h.value().length != 8 ? null
                : java.nio.ByteBuffer.wrap(h.value()).getLong();
    }

    private static Instant time(String text) {
        try {
            return text == null ? null : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

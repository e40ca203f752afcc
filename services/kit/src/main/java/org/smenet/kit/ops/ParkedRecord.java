package org.smenet.kit.ops;

import java.time.Instant;

/**
 * A record parked in one of this service's dead-letter topics, as an operator sees it: where it is, where it came
 * from, which event it is (the CloudEvent headers), why it was refused and when. Never the payload: only its size
 * (a private topic's data stays in the topic; the operator re-drives or discards the record, it does not read it).
 * The exception message is cut to {@value ParkedRecords#MESSAGE_LIMIT} characters.
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

    /** The record's address in the paths of the operator API: {@code <topic>/<partition>/<offset>}. */
    public String key() {
        return ParkedRecords.key(topic, partition, offset);
    }
}

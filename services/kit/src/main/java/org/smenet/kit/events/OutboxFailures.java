package org.smenet.kit.events;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.springframework.kafka.KafkaException;

/** Which send failures can heal by retrying and which never will (the event is then parked). */
final class OutboxFailures {

    private OutboxFailures() {
    }

    /** The root Kafka failure behind the wrappers of futures and of Spring Kafka. */
    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof KafkaException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The reason to park the event at once, or null when a retry may succeed. */
    static String permanent(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof SerializationException
                || cause instanceof InvalidRecordException) {
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return null;
    }

    /** The broker cannot be reached at all (no metadata, no connection): stop sending for this pass. */
    static boolean unreachable(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof TimeoutException || cause instanceof NetworkException;
    }

    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

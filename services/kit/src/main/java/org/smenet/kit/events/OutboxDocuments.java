package org.smenet.kit.events;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** Field names and conversions of outbox entries as {@link AggregateWriter} stores them. */
public final class OutboxDocuments {

    /** Events that failed for good, moved out of {@code outbox} with reason, attempts and time. */
    public static final String PARKED = "outboxParked";
    public static final String EVENT_ID = "eventId";
    /** Sorting on the array field sorts by its smallest value: the oldest pending event of each document. */
    static final String OLDEST = OutboxCollections.FIELD + ".time";

    private OutboxDocuments() {
    }

    /** The event as written; throws for an entry that cannot be one (then it is parked as malformed). */
    public static PendingEvent toPendingEvent(Document event) {
        Object time = event.get("time");
        Instant instant = time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
        Number sequence = event.get("sequence", Number.class);
        PendingEvent pending = new PendingEvent(
                event.getString(EVENT_ID),
                event.getString("topic"),
                event.getString("type"),
                event.getString("subject"),
                event.getString("source"),
                event.getString("dataschema"),
                event.getString("economy"),
                sequence == null ? 0 : sequence.longValue(),
                instant,
                event.getString("data"),
                event.getString("correlationId"));
        if (pending.eventId() == null || pending.topic() == null || pending.data() == null) {
            throw new IllegalArgumentException("outbox entry lacks eventId, topic or data");
        }
        return pending;
    }

    /** The parked form of an outbox entry: the entry itself plus why, after how many attempts, and when. */
    static Document parked(Document event, String reason, int attempts) {
        Document parked = new Document(event);
        parked.put("reason", reason);
        parked.put("attempts", attempts);
        parked.put("parkedAt", new Date());
        return parked;
    }

    /** The outbox entry again, without what parking added. */
    public static Document unparked(Document parked) {
        Document event = new Document(parked);
        event.remove("reason");
        event.remove("attempts");
        event.remove("parkedAt");
        return event;
    }
}

package org.smenet.kit.outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxDocuments;
import org.smenet.kit.events.OutboxSignal;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The events the relay parked (field {@code outboxParked} of their aggregate document): list them,
 * put one back into its outbox, or discard it. Each change is one single-document update.
 */
public class ParkedOutbox {

    private final MongoTemplate mongo;
    private final OutboxCollections collections;

    public ParkedOutbox(MongoTemplate mongo, OutboxCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    /** Parked events, oldest parking first; {@code economy} null means all economies. */
    public List<ParkedEvent> list(String economy, int limit) {
        List<ParkedEvent> found = new ArrayList<>();
        for (String collection : collections.names()) {
            Document filter = new Document(OutboxDocuments.PARKED + ".0", new Document("$exists", true));
            mongo.getCollection(collection).find(filter)
                    .projection(new Document("_id", 1).append(OutboxDocuments.PARKED, 1))
                    .forEach(document -> document.getList(OutboxDocuments.PARKED, Document.class).stream()
                            .map(parked -> view(collection, document.get("_id"), parked))
                            .filter(event -> economy == null || economy.equals(event.economy()))
                            .forEach(found::add));
        }
        return found.stream()
                .sorted(Comparator.comparing(ParkedEvent::parkedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    public Optional<ParkedEvent> find(String eventId) {
        for (String collection : collections.names()) {
            Document document = mongo.getCollection(collection)
                    .find(new Document(OutboxDocuments.PARKED + "." + OutboxDocuments.EVENT_ID, eventId))
                    .projection(new Document("_id", 1).append(OutboxDocuments.PARKED, 1)).first();
            if (document != null) {
                return document.getList(OutboxDocuments.PARKED, Document.class).stream()
                        .filter(parked -> eventId.equals(parked.getString(OutboxDocuments.EVENT_ID)))
                        .findFirst().map(parked -> view(collection, document.get("_id"), parked));
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the event back to the front of its outbox (it is older than what is still pending there), so
     * the relay publishes it next. Newer events of the aggregate may already be out: consumers that keep
     * only newer sequences ignore it; those that apply each event id once apply it.
     */
    public boolean retry(String eventId) {
        return move(eventId, true);
    }

    public boolean discard(String eventId) {
        return move(eventId, false);
    }

    private boolean move(String eventId, boolean back) {
        for (String collection : collections.names()) {
            Document filter = new Document(OutboxDocuments.PARKED + "." + OutboxDocuments.EVENT_ID, eventId);
            Document document = mongo.getCollection(collection).find(filter)
                    .projection(new Document("_id", 1).append(OutboxDocuments.PARKED, 1)).first();
            if (document == null) {
                continue;
            }
            Document parked = document.getList(OutboxDocuments.PARKED, Document.class).stream()
                    .filter(entry -> eventId.equals(entry.getString(OutboxDocuments.EVENT_ID))).findFirst().orElseThrow();
            Document update = new Document("$pull", new Document(OutboxDocuments.PARKED,
                    new Document(OutboxDocuments.EVENT_ID, eventId)));
            if (back) {
                update.append("$push", new Document(OutboxCollections.FIELD, new Document("$each",
                        List.of(OutboxDocuments.unparked(parked))).append("$position", 0)));
            }
            // Matching the parked id again makes a concurrent retry/discard of the same event a no-op.
            long changed = mongo.getCollection(collection)
                    .updateOne(new Document("_id", document.get("_id")).append(filter.keySet().iterator().next(), eventId),
                            update).getModifiedCount();
            if (changed > 0 && back) {
                OutboxSignal.written(mongo.getDb().getName(), collection, document.get("_id"));
            }
            return changed > 0;
        }
        return false;
    }

    private static ParkedEvent view(String collection, Object id, Document parked) {
        Number sequence = parked.get("sequence", Number.class);
        Number attempts = parked.get("attempts", Number.class);
        return new ParkedEvent(parked.getString(OutboxDocuments.EVENT_ID), collection, String.valueOf(id),
                parked.getString("topic"), parked.getString("type"), parked.getString("subject"),
                parked.getString("economy"), sequence == null ? 0 : sequence.longValue(), instant(parked.get("time")),
                parked.getString("reason"), attempts == null ? 0 : attempts.intValue(), instant(parked.get("parkedAt")));
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}

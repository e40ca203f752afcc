package org.smenet.consultation.store;

import org.bson.Document;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxSignal;
import org.smenet.kit.events.PendingEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Cross-border submission requests this node refused: one document per request (economy and request id),
 * holding the last refused version, the reason and, in its outbox, the public "rejected" answer — written
 * in one conditional upsert, so a replayed request collides on {@code _id} and changes nothing.
 * Accepted requests leave their mark on the submission itself ({@code origin}).
 */
@Component
public class RequestRejections {

    public static final String COLLECTION = "submission_request_rejections";

    public record Rejection(String id, long sequence, String reason) {
    }

    private final MongoTemplate mongo;

    public RequestRejections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static String key(String economy, String requestId) {
        return economy + ":" + requestId;
    }

    /** Refuses version {@code sequence} of request {@code key} unless it (or a newer one) was already decided. */
    public boolean reject(String key, long sequence, String reason, String detail, PendingEvent answer) {
        Document event = new Document();
        mongo.getConverter().write(answer, event);
        event.remove("_class");
        Update update = new Update().set("sequence", sequence).set("reason", reason).set("detail", detail)
                .push(OutboxCollections.FIELD, event);
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(key).and("sequence").lt(sequence)), update, COLLECTION);
        } catch (DuplicateKeyException alreadyDecided) {
            return false;
        }
        OutboxSignal.written(mongo.getDb().getName(), COLLECTION, key);
        return true;
    }

    /** The version of request {@code key} last refused here, or 0. */
    public long refusedSequence(String key) {
        Document found = mongo.getCollection(COLLECTION).find(new Document("_id", key))
                .projection(new Document("sequence", 1)).first();
        return found == null ? 0 : ((Number) found.get("sequence")).longValue();
    }
}

package org.smenet.training.store;

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
 * Cross-border enrolment requests this node refused: one document per request (economy and request id) with
 * the last refused version, the reason and, in its outbox, the public "rejected" answer — one conditional
 * upsert, so a replay collides on {@code _id} and changes nothing (even if a seat has freed up since).
 * Accepted requests are kept with the session they were placed in ({@code requests}).
 */
@Component
public class EnrolmentRejections {

    public static final String COLLECTION = "enrolment_request_rejections";

    private final MongoTemplate mongo;

    public EnrolmentRejections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean reject(String key, long sequence, String reason, PendingEvent answer) {
        Document event = new Document();
        mongo.getConverter().write(answer, event);
        event.remove("_class");
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(key).and("sequence").lt(sequence)),
                    new Update().set("sequence", sequence).set("reason", reason).push(OutboxCollections.FIELD, event),
                    COLLECTION);
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

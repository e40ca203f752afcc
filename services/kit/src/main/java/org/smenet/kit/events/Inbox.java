package org.smenet.kit.events;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies a consumed event to a read-model document exactly once in effect, in one atomic upsert.
 * The filter only matches while the event is not yet applied; when it is, the upsert collides with the
 * existing {@code _id} and the duplicate is dropped. Never check-then-act.
 */
public class Inbox {

    private final MongoTemplate mongo;

    public Inbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to document {@code id} only if {@code sequence} is newer than the one it
     * has seen: a redelivered or out-of-date event changes nothing.
     */
    public boolean applyIfNewer(String collection, Object id, long sequence, Update update) {
        Query older = Query.query(Criteria.where("_id").is(id).and("sequence").lt(sequence));
        update.set("sequence", sequence);
        return upsert(collection, older, update);
    }

    private boolean upsert(String collection, Query query, Update update) {
        try {
            mongo.upsert(query, update, collection);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}

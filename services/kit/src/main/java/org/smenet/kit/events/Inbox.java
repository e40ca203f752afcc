package org.smenet.kit.events;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies a consumed event to a read-model document exactly once in effect, in one atomic upsert.
 * The filter only matches while the event is not yet applied; when it is, the upsert collides with the
 * existing {@code _id} and the duplicate is dropped. Never check-then-act.
 */
@Component
public class Inbox {

    /** How many recent event ids a document remembers for {@link #applyOnce}. */
    static final int REMEMBERED_EVENTS = 64;

    private final MongoTemplate mongo;

    public Inbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies {@code update} to document {@code id} unless event {@code eventId} was applied already. */
    public boolean applyOnce(String collection, Object id, String eventId, Update update) {
        Query notYetApplied = Query.query(Criteria.where("_id").is(id).and("appliedEvents").ne(eventId));
        update.push("appliedEvents").slice(-REMEMBERED_EVENTS).each(eventId);
        return upsert(collection, notYetApplied, update);
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

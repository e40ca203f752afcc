package org.smenet.opportunities.store;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.smenet.opportunities.domain.Subscription;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Subscriptions: configuration, not events; a change is the subscription at its next version. Every write
 * then bumps a change counter ({@code counters/subscriptions}), which each replica's index polls to pick up
 * the others' changes within a second; the counter moves after the write, so a replica that sees the new
 * value reads the change.
 */
@Component
public class SubscriptionStore {

    public static final String COLLECTION = "subscriptions";
    static final String COUNTER = "subscriptions";

    private final MongoTemplate mongo;

    public SubscriptionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores {@code s}; returns the change counter after this write. */
    public long insert(Subscription s) {
        mongo.insert(s, COLLECTION);
        return changed();
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class, COLLECTION));
    }

    /** Stores {@code changed} if the stored one is one version older; returns the change counter after it. */
    public long update(Subscription changed) {
        var result = mongo.replace(Query.query(Criteria.where("_id").is(changed.id())
                .and("version").is(changed.version() - 1)), changed, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("subscription " + changed.id() + " changed meanwhile");
        }
        return changed();
    }

    /** How many subscription writes this node's replicas have made (0 before the first). */
    public long changes() {
        Document counter = mongo.findById(COUNTER, Document.class, FeedLog.COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("seq")).longValue();
    }

    private long changed() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(COUNTER)),
                new Update().inc("seq", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, FeedLog.COUNTERS);
        return ((Number) counter.get("seq")).longValue();
    }

    public List<Subscription> active() {
        return mongo.find(Query.query(Criteria.where("active").is(true)), Subscription.class, COLLECTION);
    }

    public List<Subscription> ownedBy(String economy, String org) {
        return mongo.find(Query.query(Criteria.where("economy").is(economy).and("ownerOrg").is(org)
                .and("active").is(true)).with(Sort.by("createdAt", "_id")).limit(500), Subscription.class, COLLECTION);
    }
}

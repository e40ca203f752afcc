package org.smenet.opportunities.store;

import java.util.List;
import java.util.Optional;
import org.smenet.opportunities.domain.Subscription;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Subscriptions: configuration, not events; a change is the subscription at its next version. */
@Component
public class SubscriptionStore {

    public static final String COLLECTION = "subscriptions";

    private final MongoTemplate mongo;

    public SubscriptionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(Subscription s) {
        mongo.insert(s, COLLECTION);
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class, COLLECTION));
    }

    public void update(Subscription changed) {
        var result = mongo.replace(Query.query(Criteria.where("_id").is(changed.id())
                .and("version").is(changed.version() - 1)), changed, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("subscription " + changed.id() + " changed meanwhile");
        }
    }

    public List<Subscription> active() {
        return mongo.find(Query.query(Criteria.where("active").is(true)), Subscription.class, COLLECTION);
    }

    public List<Subscription> ownedBy(String economy, String org) {
        return mongo.find(Query.query(Criteria.where("economy").is(economy).and("ownerOrg").is(org)
                .and("active").is(true)).with(Sort.by("createdAt", "_id")).limit(500), Subscription.class, COLLECTION);
    }
}

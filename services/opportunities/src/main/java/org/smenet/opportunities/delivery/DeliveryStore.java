package org.smenet.opportunities.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pending, delivered and dead webhook deliveries. Every change is one conditional single-document write:
 * enqueueing twice changes nothing, and a delivery is claimed by one sender at a time (a lease), so
 * replicas share the work and a crashed sender's claim runs out.
 */
@Component
public class DeliveryStore {

    public static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    public DeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC).named("status_next"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC).named("subscription_seq"));
    }

    /** Adds the delivery unless it exists (the same event for the same subscription is delivered once per try). */
    public void enqueue(Delivery d) {
        Document fields = new Document();
        mongo.getConverter().write(d, fields);
        fields.remove("_id");
        fields.remove("_class");
        Update update = new Update();
        fields.forEach(update::setOnInsert);
        mongo.upsert(Query.query(Criteria.where("_id").is(d.id())), update, COLLECTION);
    }

    /** Claims one due pending delivery for {@code lease}, or none. */
    public Optional<Delivery> claim(Instant now, java.time.Duration lease) {
        Query due = new Query(Criteria.where("status").is(Delivery.Status.PENDING).and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lte(now)))
                .with(Sort.by("nextAttemptAt"));
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set("leaseUntil", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true), Delivery.class, COLLECTION));
    }

    public void delivered(String id, Delivery.Attempt attempt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", Delivery.Status.DELIVERED)
                .set("deliveredAt", attempt.at()).unset("leaseUntil").inc("attempts", 1).push("log", attempt), COLLECTION);
    }

    /** A failed try: tried again at {@code next}, or dead when {@code next} is null. */
    public void failed(String id, Delivery.Attempt attempt, Instant next) {
        Update update = new Update().unset("leaseUntil").inc("attempts", 1).push("log", attempt);
        if (next == null) {
            update.set("status", Delivery.Status.DEAD);
        } else {
            update.set("nextAttemptAt", next);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
    }

    /** Not tried (the endpoint's circuit is open): back in the queue at {@code until}, no attempt spent. */
    public void deferred(String id, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("nextAttemptAt", until).unset("leaseUntil"), COLLECTION);
    }

    /** A dead delivery goes back to the queue with a fresh retry budget; false when it is not dead. */
    public boolean replay(String subscriptionId, String id, Instant now) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("subscriptionId").is(subscriptionId)
                        .and("status").is(Delivery.Status.DEAD)),
                new Update().set("status", Delivery.Status.PENDING).set("attempts", 0).set("nextAttemptAt", now)
                        .unset("leaseUntil"), COLLECTION).getModifiedCount() == 1;
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class, COLLECTION));
    }

    public Page<Delivery> ofSubscription(String subscriptionId, Delivery.Status status, Pageable page) {
        Criteria criteria = Criteria.where("subscriptionId").is(subscriptionId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return org.smenet.kit.web.PageQuery.find(mongo, new Query(criteria), page, Delivery.class, COLLECTION);
    }

    public List<Delivery> all(String subscriptionId) {
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscriptionId)), Delivery.class, COLLECTION);
    }
}

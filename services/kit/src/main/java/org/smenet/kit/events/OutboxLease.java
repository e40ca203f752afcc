package org.smenet.kit.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The right to relay a service's outboxes: one document in the service's own store
 * ({@code outbox_lease}, {@code _id} = lease name) holding an owner id and an expiry, taken or renewed
 * with ONE conditional {@code findOneAndUpdate} (matches only if this owner holds it or it expired).
 *
 * <p>Why not ShedLock: its Mongo provider records the host name as owner, so two relays in one JVM
 * (or two pods sharing a host name) are the same owner to it, and its extend/unlock match on that name:
 * a relay whose lease expired could release or extend its successor's lock. ShedLock is also built to
 * lock each task run, while the relay keeps its lease across many short passes. An owner id per relay
 * instance and one conditional update avoid both, with no extra dependency.
 *
 * <p>Safety rests on time: validity is counted from before the request that took the lease (so it is
 * never overestimated), and the relay starts a pass only while the lease stays valid for the whole
 * pass ({@link OutboxProperties#passBound()}), whose sends settle within the producer's delivery
 * timeout. Replicas' clocks must agree to well within {@code leaseTtl - passBound}.
 */
public class OutboxLease {

    static final String COLLECTION = "outbox_lease";

    private final MongoTemplate mongo;
    private final String name;
    private final Duration ttl;
    private final String owner;
    private volatile Instant validUntil = Instant.EPOCH;

    public OutboxLease(MongoTemplate mongo, String name, Duration ttl) {
        this.mongo = mongo;
        this.name = name;
        this.ttl = ttl;
        this.owner = host() + "/" + UUID.randomUUID();
    }

    public String owner() {
        return owner;
    }

    /** Whether this relay holds the lease for at least {@code needed}; takes or renews it when due. */
    public synchronized boolean holdFor(Duration needed) {
        Instant now = Instant.now();
        if (validUntil.isAfter(now.plus(needed)) && validUntil.isAfter(now.plus(ttl.dividedBy(2)))) {
            return true;
        }
        Document taken = take(now);
        if (taken == null && createdNow()) {
            taken = take(now);
        }
        if (taken == null) {
            validUntil = Instant.EPOCH;
            return false;
        }
        validUntil = now.plus(ttl);
        return validFor(needed);
    }

    /** Takes or renews the lease if this owner holds it or it expired; null when another holds it. */
    private Document take(Instant now) {
        Document filter = new Document("_id", name).append("$or", List.of(
                new Document("owner", owner),
                new Document("expiresAt", new Document("$lt", Date.from(now)))));
        return leases().findOneAndUpdate(filter,
                new Document("$set", new Document("owner", owner).append("expiresAt", Date.from(now.plus(ttl)))
                        .append("renewedAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Whether the lease this relay took is still valid for {@code needed}, without asking the store. */
    public boolean validFor(Duration needed) {
        return validUntil.isAfter(Instant.now().plus(needed));
    }

    /** Gives the lease up at once (graceful stop), so another replica need not wait for it to expire. */
    public synchronized void release() {
        if (validUntil.isAfter(Instant.EPOCH)) {
            leases().updateOne(new Document("_id", name).append("owner", owner),
                    new Document("$set", new Document("expiresAt", new Date(0))));
        }
        validUntil = Instant.EPOCH;
    }

    /**
     * The lease document is created once, expired, so taking it is always an update: an upsert would
     * make every refused try an E11000 (and a stack trace in the dev store's log).
     */
    private boolean createdNow() {
        if (leases().countDocuments(new Document("_id", name)) > 0) {
            return false;
        }
        try {
            mongo.insert(new Document("_id", name).append("owner", null).append("expiresAt", new Date(0)), COLLECTION);
        } catch (DuplicateKeyException anotherReplicaCreatedIt) {
            // fine: it exists now, and may already be held
        }
        return true;
    }

    private MongoCollection<Document> leases() {
        return mongo.getCollection(COLLECTION);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}

package org.smenet.kit.ops;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.smenet.kit.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The dead-letter records an operator has handled, in the service's own database (collection
 * {@value #COLLECTION}, one document per record, {@code _id = <topic>/<partition>/<offset>}). A dead-letter topic is
 * append-only: what was retried or discarded stays in it, and this collection is what makes it no longer wait.
 *
 * <p>Handling starts with a claim: one upsert that only a fresh record, or a retry claim abandoned for longer than
 * {@link #STALE} (a replica that died between claiming and re-publishing), can take; any other existing document
 * makes the insert collide on {@code _id}. So two operators never re-drive the same record at once, and a record is
 * retried or discarded once. The document is the audit trail: who, what, when, where the retry went.
 */
public class HandledRecords {

    public static final String COLLECTION = "operator_parked_handled";
    public static final Duration STALE = Duration.ofSeconds(30);
    static final String DONE = "done";
    static final String CLAIMED = "claimed";

    public enum Action {
        RETRIED, DISCARDED
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    public HandledRecords(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    /** Claims {@code record} for {@code action}; empty when someone else handled or is handling it. */
    Optional<Document> claim(ParkedRecord record, Action action, Actor actor) {
        Instant now = clock.instant();
        String id = record.key();
        Document filter = new Document("_id", id).append("state", CLAIMED)
                .append("claimedAt", new Document("$lt", Date.from(now.minus(STALE))));
        Document fields = new Document("topic", record.topic()).append("partition", record.partition())
                .append("offset", record.offset()).append("action", action.name())
                .append("state", action == Action.DISCARDED ? DONE : CLAIMED).append("claimedAt", Date.from(now))
                .append("eventId", record.eventId()).append("economy", record.economy())
                .append("originalTopic", record.originalTopic())
                .append("by", new Document("subject", actor.subject()).append("org", actor.org())
                        .append("economy", actor.economy()));
        if (action == Action.DISCARDED) {
            fields.append("at", Date.from(now));
        }
        try {
            collection().updateOne(filter, new Document("$set", fields), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        } catch (com.mongodb.MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                return Optional.empty();
            }
            throw e;
        }
        Document claimed = new Document("_id", id);
        claimed.putAll(fields);
        return Optional.of(claimed);
    }

    /** The retry reached the broker: done, and where the record went. */
    void retried(String id, Date claimedAt, String topic, int partition, long offset) {
        collection().updateOne(new Document("_id", id).append("claimedAt", claimedAt),
                new Document("$set", new Document("state", DONE).append("at", Date.from(clock.instant()))
                        .append("republishedTo", new Document("topic", topic).append("partition", partition)
                                .append("offset", offset))));
    }

    /** The retry failed before the broker took it: the claim goes, the record waits again. */
    void release(String id, Date claimedAt) {
        collection().deleteOne(new Document("_id", id).append("state", CLAIMED).append("claimedAt", claimedAt));
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(collection().find(new Document("_id", id)).first());
    }

    /** The keys of the records of {@code topics} that no longer wait (done, or claimed and not abandoned). */
    Set<String> keys(Collection<String> topics) {
        Set<String> keys = new HashSet<>();
        collection().find(handled().append("topic", new Document("$in", List.copyOf(topics))))
                .projection(new Document("_id", 1)).forEach(d -> keys.add(d.getString("_id")));
        return keys;
    }

    /** How many records of {@code partition} of {@code topic} between {@code from} and {@code to} no longer wait. */
    long count(String topic, int partition, long from, long to) {
        return collection().countDocuments(handled().append("topic", topic).append("partition", partition)
                .append("offset", new Document("$gte", from).append("$lt", to)));
    }

    private Document handled() {
        return new Document("$or", List.of(new Document("state", DONE),
                new Document("claimedAt", new Document("$gte", Date.from(clock.instant().minus(STALE))))));
    }
}

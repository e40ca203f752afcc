package org.smenet.opportunities.store;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The node's opportunity feed: a log with a monotonic sequence. It has ONE appender (the feed listener,
 * one consumer thread), which takes the next number and inserts the entry before it takes another, so a
 * reader that sees entry n has already been able to see every entry below n: paging by "seq greater than
 * the cursor" never skips or repeats, whatever is written meanwhile. A number taken by an append that died
 * before its insert is a hole no entry ever fills, so nothing is skipped. An event appended twice (Kafka
 * redelivers) is recognised by its event id (unique index) and keeps its first place.
 */
@Component
public class FeedLog {

    public static final String COLLECTION = "feed";
    static final String COUNTERS = "counters";

    private final MongoTemplate mongo;

    public FeedLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("eventId", Sort.Direction.ASC).unique()
                .named("event_id_unique"));
    }

    /** Appends {@code entry} (its {@code seq} is ignored) unless its event is there already; returns the stored one. */
    public synchronized FeedEntry append(FeedEntry entry) {
        Optional<FeedEntry> existing = byEventId(entry.eventId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(COLLECTION)),
                new Update().inc("seq", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        long seq = ((Number) counter.get("seq")).longValue();
        FeedEntry numbered = new FeedEntry(seq, entry.eventId(), entry.type(), entry.source(), entry.subject(),
                entry.time(), entry.dataschema(), entry.economy(), entry.sequence(), entry.data(), entry.kind(),
                entry.title(), entry.description(), entry.targetEconomies(), entry.hsIndex(), entry.isicIndex());
        try {
            mongo.insert(numbered, COLLECTION);
            return numbered;
        } catch (DuplicateKeyException raced) {
            return byEventId(entry.eventId()).orElseThrow(() -> raced);
        }
    }

    public Optional<FeedEntry> byEventId(String eventId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("eventId").is(eventId)), FeedEntry.class,
                COLLECTION));
    }

    /** Up to {@code limit} entries after {@code seq}, in order. */
    public List<FeedEntry> after(long seq, int limit) {
        return mongo.find(Query.query(Criteria.where("_id").gt(seq)).with(Sort.by(Sort.Direction.ASC, "_id"))
                .limit(limit), FeedEntry.class, COLLECTION);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<FeedEntry> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), FeedEntry.class,
                COLLECTION);
    }
}

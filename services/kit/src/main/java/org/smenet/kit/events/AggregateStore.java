package org.smenet.kit.events;

import java.util.List;
import java.util.Optional;
import org.smenet.kit.web.PageQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One collection of aggregates whose documents carry their own outbox: read by id, insert with the
 * first events, update at the expected version with the events the change caused, page a query.
 */
public class AggregateStore<T> {

    protected final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Class<T> type;
    private final String collection;

    protected AggregateStore(MongoTemplate mongo, AggregateWriter writer, Class<T> type, String collection) {
        this.mongo = mongo;
        this.writer = writer;
        this.type = type;
        this.collection = collection;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(mongo.findById(id, type, collection));
    }

    public void insert(T aggregate, List<PendingEvent> events) {
        writer.insert(aggregate, events, collection);
    }

    /** Stores {@code changed}, which is at {@code newVersion}, if the stored one is still one version older. */
    protected void update(String id, long newVersion, T changed, List<PendingEvent> events) {
        writer.update(id, newVersion - 1, changed, events, collection);
    }

    protected Page<T> page(Query query, Pageable page) {
        return PageQuery.find(mongo, query, page, type, collection);
    }
}

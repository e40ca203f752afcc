package org.smenet.kit.events;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.smenet.kit.web.PageQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one store pattern for aggregates whose documents carry their own outbox: read by id, insert with
 * the first events, update with the events the change caused, page a query. A change is always
 * expressed the same way: the changed aggregate carries its new version, and it is stored only if the
 * stored one is still one version older (otherwise {@code OptimisticLockingFailureException}).
 *
 * @param <T> the domain aggregate
 * @param <D> what is stored: the aggregate itself, or a document that adds derived search fields
 */
public class AggregateStore<T extends Versioned, D> {

    protected final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Class<D> documentType;
    private final String collection;
    private final Function<T, D> toDocument;
    private final Function<D, T> toDomain;

    protected AggregateStore(MongoTemplate mongo, AggregateWriter writer, String collection, Class<D> documentType,
            Function<T, D> toDocument, Function<D, T> toDomain) {
        this.mongo = mongo;
        this.writer = writer;
        this.documentType = documentType;
        this.collection = collection;
        this.toDocument = toDocument;
        this.toDomain = toDomain;
    }

    /** A store whose documents are the aggregates themselves. */
    public static <A extends Versioned> AggregateStore<A, A> of(MongoTemplate mongo, AggregateWriter writer,
            String collection, Class<A> type) {
        return new AggregateStore<>(mongo, writer, collection, type, Function.identity(), Function.identity());
    }

    public String collection() {
        return collection;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType, collection)).map(toDomain);
    }

    /** Inserts a new aggregate with its first events; a unique-index clash raises DuplicateKeyException. */
    public void insert(T aggregate, List<PendingEvent> events) {
        writer.insert(toDocument.apply(aggregate), events, collection);
    }

    /** Stores {@code changed} (at its new version) and its events if the stored one is one version older. */
    public void update(T changed, List<PendingEvent> events) {
        writer.update(changed.id(), changed.version() - 1, toDocument.apply(changed), events, collection);
    }

    public Page<T> page(Query query, Pageable page) {
        return PageQuery.find(mongo, query, page, documentType, collection).map(toDomain);
    }

    public List<T> list(Query query) {
        return mongo.find(query, documentType, collection).stream().map(toDomain).toList();
    }
}

package org.smenet.kit.events;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate's new state and the events it caused in ONE single-document operation: the
 * state fields are set, the version is checked and bumped, and the events are appended to the
 * document's {@code outbox} array (never replacing it, so the relay's concurrent removals are kept).
 * Aggregate documents have fields {@code _id}, {@code version} and {@code outbox}. Fields that became
 * null are unset, so a value a user removed is really gone.
 */
public class AggregateWriter {

    private final MongoTemplate mongo;
    private final java.util.Map<Class<?>, List<String>> fields = new java.util.concurrent.ConcurrentHashMap<>();

    public AggregateWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts a new aggregate with its first events; a unique-index clash raises DuplicateKeyException. */
    public void insert(Object aggregate, List<PendingEvent> events, String collection) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.put(OutboxCollections.FIELD, events.stream().map(this::toDocument).toList());
        mongo.insert(document, collection);
        OutboxSignal.written(mongo.getDb().getName(), collection, document.get("_id"));
    }

    /**
     * Replaces the state of aggregate {@code id} if it is still at {@code expectedVersion}; the stored
     * version becomes {@code expectedVersion + 1}.
     */
    public void update(Object id, long expectedVersion, Object aggregate, List<PendingEvent> events,
            String collection) {
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        state.remove("_id");
        state.remove(OutboxCollections.FIELD);
        state.remove("_class");
        Update update = new Update();
        state.forEach(update::set);
        // The converter leaves null fields out of the document; a field that became empty must be
        // removed from the stored one, or the old value would survive the change.
        for (String field : aggregate instanceof java.util.Map<?, ?> ? List.<String>of() : fieldsOf(aggregate.getClass())) {
            if (!state.containsKey(field)) {
                update.unset(field);
            }
        }
        update.set("version", expectedVersion + 1);
        if (!events.isEmpty()) {
            update.push(OutboxCollections.FIELD).each(events.stream().map(this::toDocument).toArray());
        }
        var result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("version").is(expectedVersion)), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    collection + " " + id + " is no longer at version " + expectedVersion);
        }
        OutboxSignal.written(mongo.getDb().getName(), collection, id);
    }

    private List<String> fieldsOf(Class<?> type) {
        return fields.computeIfAbsent(type, t -> {
            List<String> names = new java.util.ArrayList<>();
            mongo.getConverter().getMappingContext().getRequiredPersistentEntity(t).doWithProperties(
                    (org.springframework.data.mapping.PropertyHandler<
                            org.springframework.data.mongodb.core.mapping.MongoPersistentProperty>) property -> {
                        String name = property.getFieldName();
                        if (!property.isIdProperty() && !"version".equals(name)
                                && !OutboxCollections.FIELD.equals(name)) {
                            names.add(name);
                        }
                    });
            return List.copyOf(names);
        });
    }

    private Document toDocument(PendingEvent event) {
        Document document = new Document();
        mongo.getConverter().write(event, document);
        document.remove("_class");
        return document;
    }
}

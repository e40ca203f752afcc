package org.smenet.matchmaking.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxSignal;
import org.smenet.kit.events.PendingEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The opportunity read model: each public event applied once, by sequence, in one atomic upsert. */
@Component
public class OpportunityStore {

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public OpportunityStore(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    public Optional<OpportunityDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OpportunityDocument.class, OpportunityDocument.COLLECTION));
    }

    /** Applies a change if {@code sequence} is newer than the stored one; false for a duplicate or stale event. */
    public boolean apply(String id, long sequence, Update update, Instant at) {
        return apply(id, sequence, update, at, List.of());
    }

    /**
     * Applies a change and appends the events it causes to the document's outbox, in the same single-document
     * upsert, only if {@code sequence} is newer than the stored one: a redelivered event changes nothing and
     * publishes nothing.
     */
    public boolean apply(String id, long sequence, Update update, Instant at, List<PendingEvent> events) {
        if (!events.isEmpty()) {
            update.push(OutboxCollections.FIELD).each(events.stream().map(this::toDocument).toArray());
        }
        boolean applied = inbox.applyIfNewer(OpportunityDocument.COLLECTION, id, sequence, update.set("changedAt", at));
        if (applied && !events.isEmpty()) {
            OutboxSignal.written(mongo.getDb().getName(), OpportunityDocument.COLLECTION, id);
        }
        return applied;
    }

    private Document toDocument(PendingEvent event) {
        Document document = new Document();
        mongo.getConverter().write(event, document);
        document.remove("_class");
        return document;
    }

    public static Update details(OpportunityDetails d) {
        return new Update().set("title", d.title()).set("hsCodes", d.hsCodes()).set("isicCodes", d.isicCodes())
                .set("targetEconomies", d.targetEconomies()).set("cooperationType", d.cooperationType())
                .set("languages", d.languages()).set("deadline", d.deadline());
    }
}

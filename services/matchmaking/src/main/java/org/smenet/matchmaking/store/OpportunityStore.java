package org.smenet.matchmaking.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxSignal;
import org.smenet.kit.events.PendingEvent;
import org.smenet.matchmaking.store.OpportunityDocument.Suggested;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The opportunity read model: each public event applied once, by sequence, in one atomic upsert; a write that
 * sets the published suggestions ({@code suggested}) is also conditional on their version
 * ({@code suggestionSequence}), so an opportunity event and a re-ranking caused by an enterprise's change (on
 * this replica or another) never overwrite each other's suggestions: the one that loses re-reads and recomputes.
 */
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

    public void forEach(Consumer<OpportunityDocument> action) {
        try (var stream = mongo.stream(new Query(), OpportunityDocument.class, OpportunityDocument.COLLECTION)) {
            stream.forEach(action);
        }
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

    /**
     * Applies a listed (or changed) opportunity's event with the suggestions it causes, in one upsert, only if
     * {@code sequence} is newer than the stored one and the suggestions are still at {@code readVersion} (the
     * version the caller computed them against; {@code null}: none written yet). False when either does not hold:
     * the caller tells a duplicate (the stored sequence is not older) from a lost race (re-read and recompute).
     */
    public boolean applyWithSuggestions(String id, long sequence, Long readVersion, long version,
            List<Suggested> suggested, Update update, Instant at, List<PendingEvent> events) {
        Criteria unchanged = Criteria.where("_id").is(id).and("sequence").lt(sequence);
        Query query = Query.query(readVersion == null ? unchanged.and("suggestionSequence").exists(false)
                : unchanged.and("suggestionSequence").is(readVersion));
        update.set("sequence", sequence).set("changedAt", at).set("suggested", suggested)
                .set("suggestionSequence", version);
        if (!events.isEmpty()) {
            update.push(OutboxCollections.FIELD).each(events.stream().map(this::toDocument).toArray());
        }
        try {
            mongo.upsert(query, update, OpportunityDocument.COLLECTION);
        } catch (DuplicateKeyException appliedOrRaced) {
            return false;
        }
        if (!events.isEmpty()) {
            OutboxSignal.written(mongo.getDb().getName(), OpportunityDocument.COLLECTION, id);
        }
        return true;
    }

    /**
     * Publishes a re-ranking of a listed opportunity (caused by an enterprise's change, not by the opportunity):
     * the new {@code suggested} at {@code version} and their events in one update, only while the opportunity is
     * still listed at {@code sequence} and its suggestions at {@code readVersion} ({@code null}: none written yet).
     * False when anything wrote in between: the caller re-reads and recomputes.
     */
    public boolean resuggest(String id, long sequence, Long readVersion, long version, List<Suggested> suggested,
            List<PendingEvent> events) {
        Criteria unchanged = Criteria.where("_id").is(id).and("sequence").is(sequence)
                .and("status").is(OpportunityDocument.LISTED);
        Query query = Query.query(readVersion == null ? unchanged.and("suggestionSequence").exists(false)
                : unchanged.and("suggestionSequence").is(readVersion));
        Update update = new Update().set("suggested", suggested).set("suggestionSequence", version);
        if (!events.isEmpty()) {
            update.push(OutboxCollections.FIELD).each(events.stream().map(this::toDocument).toArray());
        }
        boolean written = mongo.updateFirst(query, update, OpportunityDocument.COLLECTION).getMatchedCount() == 1;
        if (written && !events.isEmpty()) {
            OutboxSignal.written(mongo.getDb().getName(), OpportunityDocument.COLLECTION, id);
        }
        return written;
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

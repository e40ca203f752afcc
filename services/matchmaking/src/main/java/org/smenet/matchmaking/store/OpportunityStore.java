package org.smenet.matchmaking.store;

import java.time.Instant;
import java.util.Optional;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.kit.events.Inbox;
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
        return inbox.applyIfNewer(OpportunityDocument.COLLECTION, id, sequence, update.set("changedAt", at));
    }

    public static Update details(OpportunityDetails d) {
        return new Update().set("title", d.title()).set("hsCodes", d.hsCodes()).set("isicCodes", d.isicCodes())
                .set("targetEconomies", d.targetEconomies()).set("cooperationType", d.cooperationType())
                .set("languages", d.languages()).set("deadline", d.deadline());
    }
}

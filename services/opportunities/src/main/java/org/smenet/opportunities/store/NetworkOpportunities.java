package org.smenet.opportunities.store;

import java.time.Instant;
import java.util.Optional;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.web.PageQuery;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The opportunities of other economies, as their nodes list them on their public topics (mirrored here):
 * read-only, one upsert per event guarded by the opportunity's sequence. What this node's SMEs may express
 * interest in across the border.
 */
@Component
public class NetworkOpportunities {

    public static final String COLLECTION = "network_opportunities";

    /** {@code status} is PUBLISHED while listed, else the status its delisting named. */
    public record Entry(@Id String id, long sequence, String economy, OpportunityKind kind, OpportunityDetails details,
            PublisherKind publisherKind, OpportunityStatus status, Instant publishedAt, String origin,
            Instant receivedAt) {

        public boolean listed() {
            return status == OpportunityStatus.PUBLISHED;
        }
    }

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public NetworkOpportunities(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    public boolean listed(PublicOpportunity o, long sequence, String origin) {
        return inbox.applyIfNewer(COLLECTION, o.opportunityId(), sequence, new Update().set("economy", o.economy())
                .set("kind", o.kind().name()).set("details", o.details()).set("publisherKind", o.publisherKind() == null ? null : o.publisherKind().name())
                .set("status", OpportunityStatus.PUBLISHED.name()).set("publishedAt", o.publishedAt()).set("origin", origin)
                .set("receivedAt", Instant.now()));
    }

    public boolean delisted(PublicOpportunityWithdrawn o, long sequence, String origin) {
        return inbox.applyIfNewer(COLLECTION, o.opportunityId(), sequence, new Update().set("economy", o.economy())
                .set("status", o.status().name()).set("origin", origin).set("receivedAt", Instant.now()));
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Entry.class, COLLECTION));
    }

    public Page<Entry> listed(String economy, OpportunityKind kind, Pageable page) {
        Query query = Query.query(Criteria.where("status").is(OpportunityStatus.PUBLISHED));
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (kind != null) {
            query.addCriteria(Criteria.where("kind").is(kind));
        }
        return PageQuery.find(mongo, query, page, Entry.class, COLLECTION);
    }
}

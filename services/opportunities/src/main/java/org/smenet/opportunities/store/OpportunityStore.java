package org.smenet.opportunities.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.opportunities.domain.Opportunity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Opportunities with their search fields; one write per change, state and events together. */
@Component
public class OpportunityStore extends AggregateStore<Opportunity, OpportunityDocument> {

    public OpportunityStore(MongoTemplate mongo, AggregateWriter writer, ReferenceData reference) {
        super(mongo, writer, OpportunityDocument.COLLECTION, OpportunityDocument.class,
                o -> OpportunityDocument.of(o, reference.hsIndex(o.details().hsCodes()),
                        reference.isicIndex(o.details().isicCodes())),
                OpportunityDocument::toDomain);
        var indexes = mongo.indexOps(OpportunityDocument.COLLECTION);
        indexes.createIndex(new Index().on("hsIndex", Sort.Direction.ASC).named("hs_index"));
        indexes.createIndex(new Index().on("isicIndex", Sort.Direction.ASC).named("isic_index"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("details.deadline", Sort.Direction.ASC)
                .named("status_deadline"));
        indexes.createIndex(new Index().on("economy", Sort.Direction.ASC).on("publishedAt", Sort.Direction.DESC)
                .named("economy_published"));
    }

    public Page<Opportunity> search(OpportunityFilter f, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(f.status() == null ? OpportunityStatus.PUBLISHED : f.status()));
        if (f.visibleTo() != null) {
            all.add(new Criteria().orOperator(Criteria.where("economy").is(f.visibleTo()),
                    Criteria.where("details.networkVisible").is(true)));
        }
        if (f.publisherOrg() != null) {
            all.add(Criteria.where("publisher.org").is(f.publisherOrg()));
        }
        if (f.kinds() != null && !f.kinds().isEmpty()) {
            all.add(Criteria.where("kind").in(f.kinds()));
        }
        if (f.hs() != null) {
            all.add(Criteria.where("hsIndex").is(f.hs()));
        }
        if (f.isic() != null) {
            all.add(Criteria.where("isicIndex").is(f.isic()));
        }
        if (f.origin() != null) {
            all.add(Criteria.where("economy").is(f.origin()));
        }
        if (f.target() != null) {
            all.add(Criteria.where("details.targetEconomies").is(f.target()));
        }
        if (f.deadlineBefore() != null) {
            all.add(Criteria.where("details.deadline").lte(f.deadlineBefore()));
        }
        if (f.text() != null) {
            // a quoted, lower-cased contains: user text never becomes a regular expression
            all.add(Criteria.where("titleLower").regex(Pattern.quote(f.text().toLowerCase(Locale.ROOT))));
        }
        return page(new Query(new Criteria().andOperator(all)), page);
    }

    /** One publisher's own opportunities in its economy, in every status or in one. */
    public Page<Opportunity> ofPublisher(String economy, String org, OpportunityStatus status, Pageable page) {
        Criteria mine = Criteria.where("economy").is(economy).and("publisher.org").is(org);
        // discarded drafts are tombstones: listed only when asked for by name
        mine = status != null ? mine.and("status").is(status) : mine.and("status").ne(OpportunityStatus.DISCARDED);
        return page(new Query(mine), page);
    }

    /** Published opportunities whose deadline has passed (at most {@code limit}). */
    public List<Opportunity> due(Instant now, int limit) {
        return list(new Query(Criteria.where("status").is(OpportunityStatus.PUBLISHED)
                .and("details.deadline").lte(now)).limit(limit));
    }
}

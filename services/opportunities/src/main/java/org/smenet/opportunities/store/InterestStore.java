package org.smenet.opportunities.store;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.opportunities.InterestStatus;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.opportunities.domain.Interest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Expressions of interest, each its own document with its outbox. */
@Component
public class InterestStore extends AggregateStore<Interest, Interest> {

    public static final String COLLECTION = "interests";

    public InterestStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Interest.class, i -> i, i -> i);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("opportunityId", Sort.Direction.ASC).named("opportunity"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("expiresAt", Sort.Direction.ASC).named("status_expires"));
    }

    public Page<Interest> ofOpportunity(String opportunityId, Pageable page) {
        return page(Query.query(Criteria.where("opportunityId").is(opportunityId)), page);
    }

    /** The interests one organisation of one economy expressed. */
    public Page<Interest> ofInterested(String economy, String org, Pageable page) {
        return page(Query.query(Criteria.where("interestedEconomy").is(economy).and("interestedOrg").is(org)), page);
    }

    public List<Interest> due(Instant now, int limit) {
        return list(new Query(Criteria.where("status").in(InterestStatus.OPEN, InterestStatus.INTRODUCED)
                .and("expiresAt").lte(now)).limit(limit));
    }
}

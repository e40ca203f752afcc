package org.smenet.opportunities.store;

import java.time.Instant;
import java.time.Duration;
import java.util.List;
import org.smenet.contracts.opportunities.InterestRequestAnswered;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.opportunities.domain.CrossBorderInterest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** This node's SMEs' interests in other economies' opportunities; each document carries its request in its outbox. */
@Component
public class CrossBorderInterestStore extends AggregateStore<CrossBorderInterest, CrossBorderInterest> {

    public static final String COLLECTION = "cross_border_interests";

    public CrossBorderInterestStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, CrossBorderInterest.class, i -> i, i -> i);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("economy", Sort.Direction.ASC)
                .on("interestedOrg", Sort.Direction.ASC).named("economy_org"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.ASC).named("status_requested"));
    }

    /**
     * Applies the target node's answer in one conditional write: only to the request it names, only when it
     * comes from the economy the request was addressed to, and only if it is newer than the last one applied
     * (a redelivered or late answer changes nothing). Never replaces the document (its outbox stays).
     */
    public boolean answered(InterestRequestAnswered answer, long sequence, Instant now) {
        Query query = Query.query(Criteria.where("_id").is(answer.requestId())
                .and("economy").is(answer.requestEconomy())
                .and("targetEconomy").is(answer.economy())
                .and("answerSequence").lt(sequence)
                // withdrawn by the SME or expired here unanswered: the end stands, late answers change nothing
                .and("status").nin(InterestRequestStatus.WITHDRAWN.name(), InterestRequestStatus.EXPIRED.name()));
        Update update = new Update().set("status", answer.status().name()).set("answerSequence", sequence)
                .set("answeredAt", now).inc("version", 1);
        if (answer.interestId() != null) {
            update.set("interestId", answer.interestId());
        }
        if (answer.reason() != null) {
            update.set("reason", answer.reason());
        }
        if (answer.publisherOrg() != null) {
            update.set("publisherOrg", answer.publisherOrg());
        }
        if (answer.introducedBy() != null) {
            update.set("introducedBy", answer.introducedBy());
        }
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1;
    }

    /** Requests still unanswered {@code ttl} after they were sent (at most {@code limit}). */
    public List<CrossBorderInterest> unanswered(Instant now, Duration ttl, int limit) {
        return list(new Query(Criteria.where("status").is(InterestRequestStatus.REQUESTED.name())
                .and("requestedAt").lte(now.minus(ttl))).limit(limit));
    }

    public Page<CrossBorderInterest> of(String economy, String interestedOrg, Pageable page) {
        Criteria c = Criteria.where("economy").is(economy);
        if (interestedOrg != null) {
            c = c.and("interestedOrg").is(interestedOrg);
        }
        return page(Query.query(c), page);
    }
}

package org.smenet.matchmaking.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Matches; every write carries its events in the same document update. */
@Component
public class MatchStore extends AggregateStore<Match, Match> {

    public static final String COLLECTION = "matches";

    public MatchStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Match.class, m -> m, m -> m);
    }

    private static Criteria involving(String enterpriseId) {
        return new Criteria().orOperator(Criteria.where("enterpriseId").is(enterpriseId),
                Criteria.where("partnerId").is(enterpriseId));
    }

    public Page<Match> of(String enterpriseId, MatchStage stage, Pageable page) {
        Criteria criteria = involving(enterpriseId);
        if (stage != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("stage").is(stage.name()));
        }
        return page(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "score").and(Sort.by("_id"))), page);
    }

    /** Matches involving an enterprise of {@code economy} (either side), optionally at one stage; oldest step first. */
    public Page<Match> ofEconomy(String economy, MatchStage stage, Pageable page) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("enterpriseEconomy").is(economy),
                Criteria.where("partnerEconomy").is(economy));
        if (stage != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("stage").is(stage.name()));
        }
        return page(new Query(criteria).with(Sort.by("stageChangedAt").and(Sort.by("_id"))), page);
    }

    /** The partners an enterprise declined or was declined by: never suggested again. */
    public List<String> declinedPartners(String enterpriseId) {
        return list(new Query(new Criteria().andOperator(involving(enterpriseId),
                Criteria.where("stage").is(MatchStage.DECLINED.name())))).stream()
                .map(m -> m.enterpriseId().equals(enterpriseId) ? m.partnerId() : m.enterpriseId()).toList();
    }

    public List<Match> overdue(Instant now, int limit) {
        return list(new Query(Criteria.where("stage").nin(MatchStage.AGREED.name(), MatchStage.DECLINED.name(),
                MatchStage.EXPIRED.name()).and("expiresAt").lte(now)).limit(limit));
    }

    /** Matches per stage that involve an enterprise of {@code economy}: the introduction funnel. */
    public Map<MatchStage, Long> funnel(String economy) {
        Map<MatchStage, Long> counts = new EnumMap<>(MatchStage.class);
        for (MatchStage stage : MatchStage.values()) {
            counts.put(stage, mongo.count(new Query(new Criteria().andOperator(
                    new Criteria().orOperator(Criteria.where("enterpriseEconomy").is(economy),
                            Criteria.where("partnerEconomy").is(economy)),
                    Criteria.where("stage").is(stage.name()))), COLLECTION));
        }
        return counts;
    }
}

package org.smenet.training.store;

import java.time.Instant;
import java.util.Optional;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.training.domain.NetworkEnrolment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** This node's SMEs' enrolment requests to other economies' courses: one per enterprise and course (unique index). */
@Component
public class NetworkEnrolmentStore extends AggregateStore<NetworkEnrolment, NetworkEnrolment> {

    public static final String COLLECTION = "network_enrolments";

    public NetworkEnrolmentStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, NetworkEnrolment.class, e -> e, e -> e);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("courseId", Sort.Direction.ASC)
                .on("enterpriseId", Sort.Direction.ASC).unique().named("one_per_enterprise"));
    }

    /** One organisation's requests from one economy, the newest first (at most 200). */
    public java.util.List<NetworkEnrolment> ofOwner(String economy, String ownerOrg) {
        return list(Query.query(Criteria.where("economy").is(economy).and("ownerOrg").is(ownerOrg))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                        "requestedAt").and(org.springframework.data.domain.Sort.by("_id"))).limit(200));
    }

    public Optional<NetworkEnrolment> of(String courseId, String enterpriseId) {
        return list(Query.query(Criteria.where("courseId").is(courseId).and("enterpriseId").is(enterpriseId)))
                .stream().findFirst();
    }

    /**
     * Records the answer to version {@code version}, only while it is the current one and not yet answered:
     * a replayed or outdated answer changes nothing. The request's own version is untouched.
     */
    public boolean answered(String id, long version, NetworkEnrolment.Status status, String sessionId, String reason,
            String detail, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("version").is(version)
                        .and("answeredVersion").lt(version)),
                new Update().set("status", status.name()).set("answeredVersion", version).set("sessionId", sessionId)
                        .set("reason", reason).set("detail", detail).set("answeredAt", at), COLLECTION)
                .getModifiedCount() > 0;
    }
}

package org.smenet.consultation.store;

import java.time.Instant;
import java.util.Optional;
import org.smenet.consultation.domain.NetworkSubmission;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * This node's respondents' submissions to other economies' consultations (one per organisation and
 * consultation, a unique index), each carrying its request events in its outbox.
 */
@Component
public class NetworkSubmissionStore extends AggregateStore<NetworkSubmission, NetworkSubmission> {

    public static final String COLLECTION = "network_submissions";

    public NetworkSubmissionStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, NetworkSubmission.class, s -> s, s -> s);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("consultationId", Sort.Direction.ASC)
                .on("respondentOrg", Sort.Direction.ASC).unique().named("one_per_organisation"));
    }

    public Optional<NetworkSubmission> byRespondent(String consultationId, String org) {
        return list(Query.query(Criteria.where("consultationId").is(consultationId).and("respondentOrg").is(org)))
                .stream().findFirst();
    }

    /**
     * Records the answer to version {@code version} in one conditional update: only while that version is
     * still the current one and not answered yet, so a replayed or outdated answer changes nothing. The
     * aggregate's version is untouched (the answer is the other node's, not a change of the request).
     */
    public boolean answered(String id, long version, NetworkSubmission.Status status, String submissionId,
            String reason, String detail, Instant at) {
        Update update = new Update().set("status", status.name()).set("answeredVersion", version)
                .set("reason", reason).set("detail", detail).set("answeredAt", at);
        if (submissionId != null) {
            update.set("submissionId", submissionId);
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("version").is(version)
                .and("answeredVersion").lt(version)), update, COLLECTION).getModifiedCount() > 0;
    }
}

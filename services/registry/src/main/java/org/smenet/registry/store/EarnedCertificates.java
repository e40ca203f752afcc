package org.smenet.registry.store;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.training.CertificateIssued;
import org.smenet.contracts.training.CertificateRevoked;
import org.smenet.kit.events.Inbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Certificates enterprises earned in training, as the training service's events tell (read-only; one
 * upsert per event guarded by the certificate's sequence, so a redelivered or late event changes
 * nothing). Shown on the enterprise's profile while not revoked.
 */
@Component
public class EarnedCertificates {

    public static final String COLLECTION = "earned_certificates";

    public record Entry(
            @Id String certificateId,
            long sequence,
            String economy,
            String enterpriseId,
            String courseId,
            String achievement,
            String topic,
            String certification,
            Instant issuedAt,
            Instant validUntil,
            boolean revoked) {
    }

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public EarnedCertificates(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("enterpriseId", Sort.Direction.ASC).named("enterprise"));
    }

    public boolean issued(CertificateIssued event, long sequence) {
        Update update = new Update()
                .set("economy", event.economy())
                .set("enterpriseId", event.enterpriseId())
                .set("courseId", event.courseId())
                .set("achievement", event.achievement())
                .set("topic", event.topic() == null ? null : event.topic().name())
                .set("certification", event.certification())
                .set("issuedAt", event.issuedAt())
                .set("validUntil", event.validUntil())
                .set("revoked", false);
        return inbox.applyIfNewer(COLLECTION, event.certificateId(), sequence, update);
    }

    public boolean revoked(CertificateRevoked event, long sequence) {
        Update update = new Update().set("economy", event.economy()).set("enterpriseId", event.enterpriseId())
                .set("courseId", event.courseId()).set("revoked", true);
        return inbox.applyIfNewer(COLLECTION, event.certificateId(), sequence, update);
    }

    /** The standing certificates of each of the given enterprises, newest first, in one query. */
    public java.util.Map<String, List<Entry>> of(java.util.Collection<String> enterpriseIds) {
        java.util.Map<String, List<Entry>> byEnterprise = new java.util.HashMap<>();
        mongo.find(Query.query(Criteria.where("enterpriseId").in(enterpriseIds).and("revoked").is(false))
                        .with(Sort.by(Sort.Direction.DESC, "issuedAt")), Entry.class, COLLECTION)
                .forEach(e -> byEnterprise.computeIfAbsent(e.enterpriseId(), k -> new java.util.ArrayList<>()).add(e));
        return byEnterprise;
    }

    /** The standing certificates of an enterprise, newest first. */
    public List<Entry> of(String enterpriseId) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("revoked").is(false))
                .with(Sort.by(Sort.Direction.DESC, "issuedAt")), Entry.class, COLLECTION);
    }
}

package org.smenet.training.store;

import java.util.Optional;
import org.smenet.kit.registry.EnterpriseChange;
import org.smenet.kit.registry.EnterpriseProjection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The service's read model of the hosted economies' enterprises (collection {@code enterprises}: owner for
 * enrolment, status, profile for recommendations). The kit's {@code HostedEnterprises} keeps it from
 * {@code smenet.registry.enterprise.v1} (consumer group {@code training-enterprises}) with one upsert per event
 * guarded by the enterprise's sequence, so redelivered and out-of-date events change nothing; this class says
 * what each event changes and answers the queries.
 */
@Component
public class EnterpriseDirectory implements EnterpriseProjection {

    public static final String COLLECTION = "enterprises";

    private final MongoTemplate mongo;

    public EnterpriseDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    /**
     * Owner, profile and the status {@code REGISTERED}. Registered is an enterprise's first event (sequence 1)
     * and the write only matches a document with a lower sequence, so there is never a later status to keep:
     * a plain {@code set} (the earlier {@code setOnInsert} had the same effect).
     */
    @Override
    public Update registered(EnterpriseChange.Registered change) {
        return new Update().set("ownerOrg", change.data().ownerOrg()).set("profile", change.data().profile())
                .set("status", "REGISTERED");
    }

    @Override
    public Update profileUpdated(EnterpriseChange.ProfileUpdated change) {
        return new Update().set("profile", change.data().profile());
    }

    @Override
    public Update statusChanged(EnterpriseChange.StatusChanged change) {
        return new Update().set("status", change.data().status());
    }

    public Optional<KnownEnterprise> find(String id) {
        return Optional.ofNullable(mongo.findById(id, KnownEnterprise.class, COLLECTION));
    }
}

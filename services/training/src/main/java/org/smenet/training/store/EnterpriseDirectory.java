package org.smenet.training.store;

import java.util.Optional;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.events.Inbox;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The service's read model of the hosted economies' enterprises (collection {@code enterprises}), kept
 * from {@code smenet.registry.enterprise.v1}: one upsert per event guarded by the enterprise's sequence,
 * so redelivered and out-of-date events change nothing.
 */
@Component
public class EnterpriseDirectory {

    public static final String COLLECTION = "enterprises";

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public EnterpriseDirectory(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    public boolean registered(String id, String economy, String ownerOrg, EnterpriseProfile profile, long sequence) {
        return inbox.applyIfNewer(COLLECTION, id, sequence, new Update().set("economy", economy)
                .set("ownerOrg", ownerOrg).set("profile", profile).setOnInsert("status", "REGISTERED"));
    }

    public boolean profileUpdated(String id, String economy, EnterpriseProfile profile, long sequence) {
        return inbox.applyIfNewer(COLLECTION, id, sequence, new Update().set("economy", economy).set("profile", profile));
    }

    public boolean statusChanged(String id, String economy, String status, long sequence) {
        return inbox.applyIfNewer(COLLECTION, id, sequence, new Update().set("economy", economy).set("status", status));
    }

    /** Any other event of the enterprise: only its sequence moves on. */
    public boolean seen(String id, long sequence) {
        return inbox.applyIfNewer(COLLECTION, id, sequence, new Update());
    }

    public Optional<KnownEnterprise> find(String id) {
        return Optional.ofNullable(mongo.findById(id, KnownEnterprise.class, COLLECTION));
    }
}

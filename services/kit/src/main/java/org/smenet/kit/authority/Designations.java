package org.smenet.kit.authority;

import java.util.List;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointRevoked;
import org.smenet.kit.events.Inbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's own read model of focal-point designations (collection {@code designations} in its
 * database), kept from the registry's events through the inbox: one upsert per event, guarded by the
 * focal point's sequence, so redelivered and out-of-date events change nothing.
 */
public class Designations {

    public static final String COLLECTION = "designations";

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public Designations(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("economy", Sort.Direction.ASC)
                .on("org", Sort.Direction.ASC).named("economy_org"));
    }

    public boolean designated(FocalPointDesignated event, long sequence) {
        Update update = new Update()
                .set("economy", event.economy())
                .set("org", event.org())
                .set("name", event.name())
                .set("kind", event.kind() == null ? null : event.kind().name())
                .set("functions", event.functions() == null ? List.of()
                        : event.functions().stream().map(Enum::name).toList())
                .set("active", true);
        return inbox.applyIfNewer(COLLECTION, event.focalPointId(), sequence, update);
    }

    public boolean revoked(FocalPointRevoked event, long sequence) {
        Update update = new Update().set("economy", event.economy()).set("active", false);
        return inbox.applyIfNewer(COLLECTION, event.focalPointId(), sequence, update);
    }

    /** The standing designations of {@code org} in {@code economy}. */
    public List<Designation> active(String economy, String org) {
        return mongo.find(Query.query(Criteria.where("economy").is(economy).and("org").is(org).and("active").is(true)),
                Designation.class, COLLECTION);
    }

    /** Every designation of {@code org} in {@code economy}, standing or revoked. */
    public List<Designation> all(String economy, String org) {
        return mongo.find(Query.query(Criteria.where("economy").is(economy).and("org").is(org)),
                Designation.class, COLLECTION);
    }
}

package org.smenet.registry.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.web.PageQuery;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The network directory: every enterprise, of this economy or a peer, that its own registry made
 * network-public. Built only from the public events, read-only, one atomic upsert per event guarded by
 * the aggregate's sequence, so redelivered and out-of-date events change nothing.
 */
@Component
public class NetworkDirectory {

    public static final String COLLECTION = "network_enterprises";

    public record Entry(
            @Id String id,
            long sequence,
            String economy,
            EnterpriseProfile profile,
            List<String> clusters,
            Instant verifiedAt,
            Instant publishedAt,
            boolean withdrawn,
            long revisions,
            List<String> hsIndex,
            List<String> isicIndex,
            String origin) {
    }

    private final MongoTemplate mongo;
    private final Inbox inbox;
    private final ReferenceData reference;

    public NetworkDirectory(MongoTemplate mongo, Inbox inbox, ReferenceData reference) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.reference = reference;
    }

    /** Returns false when the event was already applied or is older than what the directory holds. */
    public boolean publish(PublicEnterpriseProfile profile, long sequence, String origin) {
        Update update = new Update()
                .set("economy", profile.economy())
                .set("profile", profile.profile())
                .set("clusters", profile.clusters() == null ? List.of() : profile.clusters())
                .set("verifiedAt", profile.verifiedAt())
                .set("publishedAt", profile.publishedAt())
                .set("withdrawn", false)
                .set("hsIndex", reference.hsIndex(profile.profile().hsOffered(), profile.profile().hsSought()))
                .set("isicIndex", reference.isicIndex(profile.profile().isicCodes()))
                .set("origin", origin)
                .inc("revisions", 1);
        return inbox.applyIfNewer(COLLECTION, profile.enterpriseId(), sequence, update);
    }

    public boolean withdraw(String enterpriseId, String economy, long sequence, String origin) {
        Update update = new Update().set("economy", economy).set("withdrawn", true).set("origin", origin)
                .inc("revisions", 1);
        return inbox.applyIfNewer(COLLECTION, enterpriseId, sequence, update);
    }

    public Optional<Entry> find(String enterpriseId) {
        return Optional.ofNullable(mongo.findById(enterpriseId, Entry.class, COLLECTION));
    }

    public Page<Entry> search(String economy, String hs, String isic, CooperationType cooperation, Pageable page) {
        Query query = new Query(Criteria.where("withdrawn").is(false));
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (hs != null) {
            query.addCriteria(Criteria.where("hsIndex").is(hs));
        }
        if (isic != null) {
            query.addCriteria(Criteria.where("isicIndex").is(isic));
        }
        if (cooperation != null) {
            query.addCriteria(new Criteria().orOperator(
                    Criteria.where("profile.cooperationOffered").is(cooperation.name()),
                    Criteria.where("profile.cooperationSought").is(cooperation.name())));
        }
        return PageQuery.find(mongo, query, page, Entry.class, COLLECTION);
    }

}

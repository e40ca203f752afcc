package org.smenet.matchmaking.store;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.events.Inbox;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The profile read model: each event applied once, by sequence, in one atomic upsert. */
@Component
public class ProfileStore {

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public ProfileStore(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    public Optional<ProfileDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ProfileDocument.class, ProfileDocument.COLLECTION));
    }

    public void forEach(Consumer<ProfileDocument> action) {
        try (var stream = mongo.stream(new Query(), ProfileDocument.class, ProfileDocument.COLLECTION)) {
            stream.forEach(action);
        }
    }

    /** Applies a change if {@code sequence} is newer than the stored one; false for a duplicate or stale event. */
    public boolean apply(String id, long sequence, Update update, Instant at) {
        return inbox.applyIfNewer(ProfileDocument.COLLECTION, id, sequence, update.set("changedAt", at));
    }

    public static Update profile(EnterpriseProfile p) {
        return new Update().set("legalName", p.legalName()).set("isicCodes", p.isicCodes())
                .set("hsOffered", p.hsOffered()).set("hsSought", p.hsSought())
                .set("cooperationOffered", p.cooperationOffered()).set("cooperationSought", p.cooperationSought())
                .set("targetEconomies", p.targetEconomies()).set("certifications", p.certifications())
                .set("languages", p.languages()).set("publicProfile", p.publicProfile());
    }

    /** Drops the read model: the first step of a rebuild from the topics. */
    public void drop() {
        mongo.dropCollection(ProfileDocument.COLLECTION);
    }
}

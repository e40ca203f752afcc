package org.smenet.training.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The node's Ed25519 certificate keys (collection {@code signing_keys}): the private JWK of each, when it
 * was made and when it stopped signing. A retired key stays published so that what it signed still
 * verifies. (Kept in the service's own database for the embedded node; a production node would keep the
 * private part in its key store or KMS.)
 */
@Component
public class SigningKeyStore {

    public static final String COLLECTION = "signing_keys";

    public record SigningKey(String id, String jwk, Instant createdAt, Instant retiredAt) {
    }

    private final MongoTemplate mongo;

    public SigningKeyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<SigningKey> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), SigningKey.class, COLLECTION);
    }

    public void insert(SigningKey key) {
        mongo.insert(key, COLLECTION);
    }

    public void retireAllBut(String keyId, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("_id").ne(keyId).and("retiredAt").is(null)),
                new Update().set("retiredAt", now), COLLECTION);
    }
}

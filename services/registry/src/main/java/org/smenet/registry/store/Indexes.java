package org.smenet.registry.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The registry's indexes. A registration number is held by at most one verified, active enterprise
 * per economy (sparse unique index on {@code registrationClaim}, set only while it holds the number);
 * unverified claims on the same number may coexist, so a number typed first by someone else never
 * locks the real firm out.
 */
@Component
public class Indexes {

    private static final Logger log = LoggerFactory.getLogger(Indexes.class);
    /** Made every registration number unique at registration; replaced by the claim index. */
    static final String OLD_UNIQUE_INDEX = "economy_registration_unique";

    private final MongoTemplate mongo;

    public Indexes(MongoTemplate mongo) {
        this.mongo = mongo;
        create();
    }

    private void create() {
        var enterprises = mongo.indexOps(EnterpriseDocument.COLLECTION);
        boolean oldIndexPresent = enterprises.getIndexInfo().stream()
                .anyMatch(index -> OLD_UNIQUE_INDEX.equals(index.getName()));
        if (oldIndexPresent) {
            enterprises.dropIndex(OLD_UNIQUE_INDEX);
            log.info("Dropped index {}: registration numbers are now held by verified enterprises only",
                    OLD_UNIQUE_INDEX);
        }
        enterprises.createIndex(new Index().on("registrationClaim", Sort.Direction.ASC).unique().sparse()
                .named("registration_claim_unique"));
        enterprises.createIndex(new Index().on("economy", Sort.Direction.ASC)
                .on("registrationNumber", Sort.Direction.ASC).named("economy_registration"));
        enterprises.createIndex(new Index().on("hsIndex", Sort.Direction.ASC).named("hs_index"));
        enterprises.createIndex(new Index().on("isicIndex", Sort.Direction.ASC).named("isic_index"));
        enterprises.createIndex(new Index().on("economy", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("economy_status"));
    }
}

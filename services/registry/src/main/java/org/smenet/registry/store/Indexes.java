package org.smenet.registry.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The registry's indexes; the unique one enforces one registration number per economy. */
@Component
public class Indexes {

    private final MongoTemplate mongo;

    public Indexes(MongoTemplate mongo) {
        this.mongo = mongo;
        create();
    }

    private void create() {
        var enterprises = mongo.indexOps(EnterpriseDocument.COLLECTION);
        enterprises.createIndex(new Index().on("economy", Sort.Direction.ASC).on("registrationNumber", Sort.Direction.ASC)
                .unique().named("economy_registration_unique"));
        enterprises.createIndex(new Index().on("hsIndex", Sort.Direction.ASC).named("hs_index"));
        enterprises.createIndex(new Index().on("isicIndex", Sort.Direction.ASC).named("isic_index"));
        enterprises.createIndex(new Index().on("economy", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("economy_status"));
    }
}

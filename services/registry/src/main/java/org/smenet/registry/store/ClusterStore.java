package org.smenet.registry.store;

import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.registry.domain.Cluster;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class ClusterStore extends AggregateStore<Cluster, Cluster> {

    public static final String COLLECTION = "clusters";

    public ClusterStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Cluster.class, c -> c, c -> c);
    }

    public Page<Cluster> list(String economy, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        return page(query, page);
    }
}

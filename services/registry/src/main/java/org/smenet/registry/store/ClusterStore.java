package org.smenet.registry.store;

import java.util.List;
import java.util.Optional;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.web.PageQuery;
import org.smenet.registry.domain.Cluster;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class ClusterStore {

    public static final String COLLECTION = "clusters";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public ClusterStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    public Optional<Cluster> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Cluster.class, COLLECTION));
    }

    public void insert(Cluster cluster, List<PendingEvent> events) {
        writer.insert(cluster, events, COLLECTION);
    }

    public Page<Cluster> list(String economy, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        return PageQuery.find(mongo, query, page, Cluster.class, COLLECTION);
    }
}

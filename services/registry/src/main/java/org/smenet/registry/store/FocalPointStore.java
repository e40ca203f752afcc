package org.smenet.registry.store;

import java.util.List;
import java.util.Optional;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.web.PageQuery;
import org.smenet.registry.domain.FocalPoint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class FocalPointStore {

    public static final String COLLECTION = "focal_points";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public FocalPointStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    public Optional<FocalPoint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FocalPoint.class, COLLECTION));
    }

    public void insert(FocalPoint focalPoint, List<PendingEvent> events) {
        writer.insert(focalPoint, events, COLLECTION);
    }

    public void update(FocalPoint changed, List<PendingEvent> events) {
        writer.update(changed.id(), changed.version() - 1, changed, events, COLLECTION);
    }

    public Page<FocalPoint> list(String economy, Boolean active, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (active != null) {
            query.addCriteria(Criteria.where("active").is(active));
        }
        return PageQuery.find(mongo, query, page, FocalPoint.class, COLLECTION);
    }
}

package org.smenet.registry.store;

import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.registry.domain.FocalPoint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class FocalPointStore extends AggregateStore<FocalPoint, FocalPoint> {

    public static final String COLLECTION = "focal_points";

    public FocalPointStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, FocalPoint.class, f -> f, f -> f);
    }

    public Page<FocalPoint> list(String economy, Boolean active, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (active != null) {
            query.addCriteria(Criteria.where("active").is(active));
        }
        return page(query, page);
    }
}

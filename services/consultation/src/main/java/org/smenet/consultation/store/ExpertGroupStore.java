package org.smenet.consultation.store;

import org.smenet.consultation.domain.ExpertGroup;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class ExpertGroupStore extends AggregateStore<ExpertGroup, ExpertGroup> {

    public static final String COLLECTION = "expert_groups";

    public ExpertGroupStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, ExpertGroup.class, g -> g, g -> g);
    }

    public Page<ExpertGroup> list(String economy, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        return page(query, page);
    }
}

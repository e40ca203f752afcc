package org.smenet.training.store;

import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.training.domain.Course;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class CourseStore extends AggregateStore<Course, Course> {

    public static final String COLLECTION = "courses";

    public CourseStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Course.class, c -> c, c -> c);
    }

    public Page<Course> list(String economy, CourseTopic topic, String hs, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (topic != null) {
            query.addCriteria(Criteria.where("topic").is(topic.name()));
        }
        if (hs != null) {
            query.addCriteria(Criteria.where("hsCodes").is(hs));
        }
        return page(query, page);
    }

    public java.util.List<Course> all(java.util.Collection<String> economies) {
        return list(Query.query(Criteria.where("economy").in(economies)));
    }
}

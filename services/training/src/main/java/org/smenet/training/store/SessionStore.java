package org.smenet.training.store;

import java.util.List;
import org.smenet.kit.events.AggregateStore;
import org.smenet.kit.events.AggregateWriter;
import org.smenet.training.domain.Session;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Sessions with their seats and waitlist in one document: every enrolment change is one conditional update. */
@Component
public class SessionStore extends AggregateStore<Session, Session> {

    public static final String COLLECTION = "sessions";

    public SessionStore(MongoTemplate mongo, AggregateWriter writer) {
        super(mongo, writer, COLLECTION, Session.class, s -> s, s -> s);
    }

    /** Whether cross-border request version {@code requestKey} was already placed in a session of the course. */
    public boolean placed(String courseId, String requestKey) {
        return mongo.exists(Query.query(Criteria.where("courseId").is(courseId).and("requests").is(requestKey)),
                COLLECTION);
    }

    /** Sessions where an organisation holds a seat or a waitlist place, the latest first (at most 200). */
    public List<Session> withPlacesOf(String ownerOrg) {
        return list(Query.query(new Criteria().orOperator(Criteria.where("seats.ownerOrg").is(ownerOrg),
                Criteria.where("waitlist.ownerOrg").is(ownerOrg))).with(Sort.by(Sort.Direction.DESC, "startsAt")
                .and(Sort.by("_id"))).limit(200));
    }

    public List<Session> ofCourse(String courseId) {
        return list(Query.query(Criteria.where("courseId").is(courseId)).with(Sort.by("startsAt", "_id")).limit(200));
    }
}

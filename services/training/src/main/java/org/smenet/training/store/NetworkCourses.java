package org.smenet.training.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smenet.contracts.training.CoursePublished;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.web.PageQuery;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The network course catalogue: every network-visible course of this economy and of every peer, built
 * only from the public course topics, read-only, one upsert per event guarded by the course's sequence.
 */
@Component
public class NetworkCourses {

    public static final String COLLECTION = "network_courses";

    public record Entry(@Id String id, long sequence, String economy, CoursePublished course, CourseTopic topic,
            String origin, Instant listedAt) {
    }

    private final MongoTemplate mongo;
    private final Inbox inbox;

    public NetworkCourses(MongoTemplate mongo, Inbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    public boolean listed(CoursePublished course, long sequence, String origin) {
        return inbox.applyIfNewer(COLLECTION, course.courseId(), sequence, new Update().set("economy", course.economy())
                .set("course", course).set("topic", course.topic().name()).set("origin", origin)
                .set("listedAt", Instant.now()));
    }

    public Optional<Entry> find(String courseId) {
        return Optional.ofNullable(mongo.findById(courseId, Entry.class, COLLECTION));
    }

    public Page<Entry> list(String economy, CourseTopic topic, Pageable page) {
        Query query = new Query();
        if (economy != null) {
            query.addCriteria(Criteria.where("economy").is(economy));
        }
        if (topic != null) {
            query.addCriteria(Criteria.where("topic").is(topic.name()));
        }
        return PageQuery.find(mongo, query, page, Entry.class, COLLECTION);
    }

    public List<Entry> all() {
        return mongo.findAll(Entry.class, COLLECTION);
    }
}

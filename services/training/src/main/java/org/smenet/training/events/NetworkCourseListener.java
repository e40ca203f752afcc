package org.smenet.training.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.training.CoursePublished;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.training.store.NetworkCourses;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the network course catalogue from the public course topic of this economy and of every peer
 * mirrored into this cluster ({@code <peer>.smenet.public.training.course.v1}).
 */
@Component
public class NetworkCourseListener {

    public static final String TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.training\\.course\\.v1";

    private final NetworkCourses catalogue;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public NetworkCourseListener(NetworkCourses catalogue, EventRecorder recorder, EventOrigins origins) {
        this.catalogue = catalogue;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "training-network-courses", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-network-courses")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (TrainingEvents.PUBLIC_COURSE_LISTED.type().equals(event.type())) {
            CoursePublished course = recorder.read(event, CoursePublished.class);
            if (course.courseId() == null || !course.courseId().equals(event.subject())
                    || !event.economy().equals(course.economy())) {
                throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names course "
                        + course.courseId() + " of " + course.economy() + " but its subject is " + event.subject()
                        + " of " + event.economy());
            }
            catalogue.listed(course, event.sequence(), record.topic());
        }
    }
}

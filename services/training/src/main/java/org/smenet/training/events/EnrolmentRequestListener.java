package org.smenet.training.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.training.EnrolmentRequested;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.training.app.RequestedEnrolments;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Cross-border enrolment requests from every peer's node (mirrored {@code <peer>.} topics) and from this
 * node's own economies (the local topic). Origin first: a request must come from an economy of the peer it
 * arrived from, else DLT with the reason. Requests for economies this node does not host are skipped.
 */
@Component
public class EnrolmentRequestListener {

    public static final String TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.training\\.enrolment-request\\.v1";

    private final RequestedEnrolments requested;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public EnrolmentRequestListener(RequestedEnrolments requested, EventRecorder recorder, EventOrigins origins) {
        this.requested = requested;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "training-enrolment-requests", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-enrolment-requests")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (!TrainingEvents.ENROLMENT_REQUESTED.type().equals(event.type())) {
            return;
        }
        EnrolmentRequested request = recorder.read(event, EnrolmentRequested.class);
        if (request.requestId() == null || !request.requestId().equals(event.subject())
                || !event.economy().equals(request.economy()) || request.targetEconomy() == null
                || request.courseId() == null || request.enterpriseId() == null || request.ownerOrg() == null) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "request " + event.id() + " names request "
                    + request.requestId() + " of " + request.economy() + " but its subject is " + event.subject()
                    + " of " + event.economy() + " (or lacks its target, course or enterprise)");
        }
        requested.apply(event, request);
    }
}

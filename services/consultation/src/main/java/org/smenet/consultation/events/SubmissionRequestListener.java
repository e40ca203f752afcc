package org.smenet.consultation.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.consultation.app.RequestedSubmissions;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.consultation.SubmissionRequested;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Cross-border submission requests from every peer's node (mirrored {@code <peer>.} topics) and from this
 * node's own economies (the local topic: a node hosting both economies works the same way). The origin
 * is checked first: a request must come from an economy of the peer it arrived from, else it goes to the
 * DLT with the reason. Requests addressed to an economy this node does not host are skipped.
 */
@Component
public class SubmissionRequestListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.consultation\\.submission-request\\.v1";

    private final RequestedSubmissions requested;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public SubmissionRequestListener(RequestedSubmissions requested, EventRecorder recorder, EventOrigins origins) {
        this.requested = requested;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "consultation-submission-requests", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-submission-requests")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (!ConsultationEvents.SUBMISSION_REQUESTED.type().equals(event.type())) {
            return;
        }
        SubmissionRequested request = recorder.read(event, SubmissionRequested.class);
        if (request.requestId() == null || !request.requestId().equals(event.subject())
                || !event.economy().equals(request.economy()) || request.targetEconomy() == null
                || request.consultationId() == null || request.respondentOrg() == null
                || request.respondentKind() == null) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "request " + event.id() + " names request "
                    + request.requestId() + " of " + request.economy() + " but its subject is " + event.subject()
                    + " of " + event.economy() + " (or lacks its target, consultation or respondent)");
        }
        requested.apply(event, request);
    }
}

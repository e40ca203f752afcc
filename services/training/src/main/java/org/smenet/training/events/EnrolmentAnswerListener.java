package org.smenet.training.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.training.EnrolmentRequestAnswered;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.training.domain.NetworkEnrolment;
import org.smenet.training.store.NetworkEnrolmentStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Answers of courses' nodes to this node's enrolment requests: the answer to the request's current version
 * sets its status (one conditional update). An answer from another economy than the course's goes to the DLT.
 */
@Component
public class EnrolmentAnswerListener {

    public static final String TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.training\\.enrolment-answer\\.v1";

    private final NetworkEnrolmentStore requests;
    private final HostedEconomies hosted;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public EnrolmentAnswerListener(NetworkEnrolmentStore requests, HostedEconomies hosted, EventRecorder recorder,
            EventOrigins origins) {
        this.requests = requests;
        this.hosted = hosted;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "training-enrolment-answers", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-enrolment-answers")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        EnrolmentRequestAnswered answer = recorder.read(event, EnrolmentRequestAnswered.class);
        if (answer.requestId() == null || !answer.requestId().equals(event.subject())
                || !event.economy().equals(answer.economy()) || answer.requestEconomy() == null
                || answer.status() == null) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "answer " + event.id() + " names request "
                    + answer.requestId() + " answered by " + answer.economy() + " but its subject is "
                    + event.subject() + " of " + event.economy());
        }
        if (!hosted.hosts(answer.requestEconomy())) {
            return;
        }
        NetworkEnrolment request = requests.find(answer.requestId()).orElse(null);
        if (request == null || !request.economy().equals(answer.requestEconomy())) {
            return;
        }
        if (!request.targetEconomy().equals(answer.economy())) {
            throw new EventOrigins.RejectedRecord("answer-from-wrong-economy", "answer " + event.id() + " to request "
                    + request.id() + " comes from " + answer.economy() + " but the course is "
                    + request.targetEconomy() + "'s");
        }
        requests.answered(request.id(), answer.requestSequence(), NetworkEnrolment.Status.valueOf(answer.status()),
                answer.sessionId(), answer.reason(), answer.detail(), answer.at());
    }
}

package org.smenet.consultation.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.consultation.domain.NetworkSubmission;
import org.smenet.consultation.store.NetworkSubmissionStore;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.consultation.SubmissionRequestAnswered;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Answers of consultations' nodes to this node's cross-border submission requests: the answer to the
 * request's current version sets its status (one conditional update; replays and outdated answers change
 * nothing). An answer must come from the economy the request was addressed to, else it goes to the DLT.
 */
@Component
public class SubmissionAnswerListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.consultation\\.submission-answer\\.v1";

    private final NetworkSubmissionStore requests;
    private final HostedEconomies hosted;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public SubmissionAnswerListener(NetworkSubmissionStore requests, HostedEconomies hosted, EventRecorder recorder,
            EventOrigins origins) {
        this.requests = requests;
        this.hosted = hosted;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "consultation-submission-answers", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-submission-answers")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        SubmissionRequestAnswered answer = recorder.read(event, SubmissionRequestAnswered.class);
        if (answer.requestId() == null || !answer.requestId().equals(event.subject())
                || !event.economy().equals(answer.economy()) || answer.requestEconomy() == null) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "answer " + event.id() + " names request "
                    + answer.requestId() + " answered by " + answer.economy() + " but its subject is "
                    + event.subject() + " of " + event.economy());
        }
        if (!hosted.hosts(answer.requestEconomy())) {
            return; // another node's request
        }
        NetworkSubmission request = requests.find(answer.requestId()).orElse(null);
        if (request == null || !request.economy().equals(answer.requestEconomy())) {
            return; // not a request of ours
        }
        if (!request.targetEconomy().equals(answer.economy())) {
            throw new EventOrigins.RejectedRecord("answer-from-wrong-economy", "answer " + event.id() + " to request "
                    + request.id() + " comes from " + answer.economy() + " but the request was addressed to "
                    + request.targetEconomy());
        }
        boolean accepted = SubmissionRequestAnswered.ACCEPTED.equals(answer.status());
        requests.answered(request.id(), answer.requestSequence(),
                accepted ? NetworkSubmission.Status.ACCEPTED : NetworkSubmission.Status.REJECTED,
                answer.submissionId(), answer.reason(), answer.detail(), answer.at());
    }
}

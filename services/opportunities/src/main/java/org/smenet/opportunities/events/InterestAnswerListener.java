package org.smenet.opportunities.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.opportunities.InterestRequestAnswered;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.opportunities.app.CrossBorderInterests;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Other economies' answers to this node's interest requests (mirrored answer topics, and the local one for a
 * node hosting both economies): after the origin check, applied to the SME's view of its request by sequence.
 */
@Component
public class InterestAnswerListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.opportunities\\.interest-answer\\.v1";

    private final CrossBorderInterests crossBorder;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final HostedEconomies hosted;

    public InterestAnswerListener(CrossBorderInterests crossBorder, EventRecorder recorder, EventOrigins origins,
            HostedEconomies hosted) {
        this.crossBorder = crossBorder;
        this.recorder = recorder;
        this.origins = origins;
        this.hosted = hosted;
    }

    @KafkaListener(id = "opportunities-interest-answers", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-interest-answers")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (!event.type().startsWith("org.smenet.opportunities.interest-answer.")) {
            return;
        }
        InterestRequestAnswered answer = recorder.read(event, InterestRequestAnswered.class);
        NetworkOpportunityListener.requireSubject(event, answer.requestId(), answer.economy());
        if (answer.status() == null || answer.requestEconomy() == null) {
            throw new EventOrigins.RejectedRecord("malformed-answer", "answer " + event.id() + " lacks its status");
        }
        if (!hosted.hosts(answer.requestEconomy())) {
            return; // an answer to another node's request
        }
        crossBorder.answered(answer, event.sequence());
    }
}

package org.smenet.matchmaking.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchIntroduction;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.app.PeerSteps;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Steps other economies' nodes took on cross-border matches: their public introduction topics, mirrored
 * here, and the local one (a node hosting both sides has one match and publishes nothing for itself, so
 * its own records are skipped). A record is checked before anything else — origin, then that it names
 * its own match and a side of its own economy, and that an introduction was brokered by a focal point
 * of the record's economy (else it goes to the dead-letter topic and changes nothing) — and applied
 * only when the other side is an enterprise of an economy this node hosts.
 */
@Component
public class IntroductionListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.matchmaking\\.introduction\\.v1";

    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final HostedEconomies hosted;
    private final PeerSteps steps;

    public IntroductionListener(EventRecorder recorder, EventOrigins origins, HostedEconomies hosted, PeerSteps steps) {
        this.recorder = recorder;
        this.origins = origins;
        this.hosted = hosted;
        this.steps = steps;
    }

    @KafkaListener(id = "matchmaking-introductions", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-introductions")
    public void onIntroduction(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (hosted.hosts(event.economy())) {
            return; // this node's own step, already on its own match
        }
        MatchIntroduction step = recorder.read(event, MatchIntroduction.class);
        check(event, step);
        if (!steps.concernsThisNode(step) || !hosted.hosts(step.targetEconomy())) {
            return; // a step between two other economies' firms
        }
        steps.apply(step, event.sequence());
    }

    private static void check(EventEnvelope event, MatchIntroduction step) {
        if (step.matchId() == null || !step.matchId().equals(event.subject()) || !event.economy().equals(step.economy())
                || step.enterpriseId() == null || step.partnerId() == null
                || !step.matchId().equals(Match.idOf(step.enterpriseId(), step.partnerId()))) {
            throw reject("subject-mismatch", event, "names match " + step.matchId() + " of " + step.economy()
                    + " but its subject is " + event.subject() + " of " + event.economy());
        }
        boolean enterpriseSide = event.economy().equals(step.enterpriseEconomy());
        if (!enterpriseSide && !event.economy().equals(step.partnerEconomy())) {
            throw reject("not-a-party-economy", event, "a node of " + event.economy() + " took a step for a pair of "
                    + step.enterpriseEconomy() + " and " + step.partnerEconomy());
        }
        String other = enterpriseSide ? step.partnerEconomy() : step.enterpriseEconomy();
        if (!other.equals(step.targetEconomy())) {
            throw reject("target-not-the-other-side", event, "addressed to " + step.targetEconomy()
                    + " but the other side is of " + other);
        }
        MatchStage stage;
        try {
            stage = MatchStage.valueOf(String.valueOf(step.stage()));
        } catch (IllegalArgumentException unknown) {
            throw reject("unknown-stage", event, "stage " + step.stage());
        }
        EventType<MatchIntroduction> expected = MatchOutbox.introductionStep(stage);
        if (expected == null || !expected.type().equals(event.type())) {
            throw reject("type-stage-mismatch", event, event.type() + " says stage " + stage);
        }
        if (stage == MatchStage.INTRODUCED && !event.economy().equals(step.brokerEconomy())) {
            throw reject("broker-not-of-record-economy", event, "an introduction by a focal point of "
                    + step.brokerEconomy() + " published by " + event.economy()
                    + ": a node publishes only its own focal points' introductions");
        }
    }

    private static EventOrigins.RejectedRecord reject(String reason, EventEnvelope event, String detail) {
        return new EventOrigins.RejectedRecord(reason, "event " + event.id() + " " + detail);
    }
}

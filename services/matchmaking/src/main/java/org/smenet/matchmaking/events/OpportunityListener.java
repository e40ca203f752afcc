package org.smenet.matchmaking.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.smenet.matchmaking.store.OpportunityStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the published opportunities of every economy (this node's own on the local public topic, the
 * peers' mirrored) so enterprises can be ranked for them. Each event applied once, by sequence.
 */
@Component
public class OpportunityListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.opportunities\\.opportunity\\.v1";

    private final OpportunityStore opportunities;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public OpportunityListener(OpportunityStore opportunities, EventRecorder recorder, EventOrigins origins) {
        this.opportunities = opportunities;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "matchmaking-public-opportunities", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-public-opportunities")
    public void onOpportunity(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        Update update;
        if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type().equals(event.type())) {
            PublicOpportunity o = recorder.read(event, PublicOpportunity.class);
            requireSubject(event, o.opportunityId(), o.economy());
            update = (o.details() == null ? new Update() : OpportunityStore.details(o.details()))
                    .set("economy", o.economy()).set("kind", o.kind()).set("publishedAt", o.publishedAt())
                    .set("status", OpportunityDocument.LISTED).set("origin", record.topic());
        } else if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED.type().equals(event.type())) {
            PublicOpportunityWithdrawn o = recorder.read(event, PublicOpportunityWithdrawn.class);
            requireSubject(event, o.opportunityId(), o.economy());
            update = new Update().set("economy", o.economy())
                    .set("status", o.status() == null ? "WITHDRAWN" : o.status().name());
        } else {
            return;
        }
        opportunities.apply(event.subject(), event.sequence(), update, event.time());
    }

    private static void requireSubject(EventEnvelope event, String opportunityId, String economy) {
        if (opportunityId == null || !opportunityId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names opportunity "
                    + opportunityId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
    }
}

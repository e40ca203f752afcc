package org.smenet.opportunities.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.opportunities.store.NetworkOpportunities;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model of other economies' opportunities from their public topics mirrored into this
 * cluster ({@code <peer>.smenet.public.opportunities.opportunity.v1}); hosted economies' own opportunities
 * are this node's aggregates and are skipped.
 */
@Component
public class NetworkOpportunityListener {

    public static final String TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.opportunities\\.opportunity\\.v1";

    private final NetworkOpportunities network;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final HostedEconomies hosted;

    public NetworkOpportunityListener(NetworkOpportunities network, EventRecorder recorder, EventOrigins origins,
            HostedEconomies hosted) {
        this.network = network;
        this.recorder = recorder;
        this.origins = origins;
        this.hosted = hosted;
    }

    @KafkaListener(id = "opportunities-network", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-network-opportunities")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (hosted.hosts(event.economy())) {
            return;
        }
        if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type().equals(event.type())) {
            PublicOpportunity o = recorder.read(event, PublicOpportunity.class);
            requireSubject(event, o.opportunityId(), o.economy());
            network.listed(o, event.sequence(), record.topic());
        } else if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED.type().equals(event.type())) {
            PublicOpportunityWithdrawn o = recorder.read(event, PublicOpportunityWithdrawn.class);
            requireSubject(event, o.opportunityId(), o.economy());
            network.delisted(o, event.sequence(), record.topic());
        }
    }

    static void requireSubject(EventEnvelope event, String id, String economy) {
        if (id == null || !id.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names " + id + " of "
                    + economy + " but its subject is " + event.subject() + " of " + event.economy());
        }
    }
}

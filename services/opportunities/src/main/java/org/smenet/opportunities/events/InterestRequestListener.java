package org.smenet.opportunities.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.opportunities.InterestRequestWithdrawn;
import org.smenet.contracts.opportunities.InterestRequested;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.opportunities.app.CrossBorderInterests;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Other economies' interest requests, from their mirrored request topics (and the local one, for a node that
 * hosts both economies): after the origin check, requests addressed to a hosted economy are applied once, and
 * their withdrawals (or expiries on the requesting node) end the interest they became.
 */
@Component
public class InterestRequestListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.opportunities\\.interest-request\\.v1";

    private final CrossBorderInterests crossBorder;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final HostedEconomies hosted;

    public InterestRequestListener(CrossBorderInterests crossBorder, EventRecorder recorder, EventOrigins origins,
            HostedEconomies hosted) {
        this.crossBorder = crossBorder;
        this.recorder = recorder;
        this.origins = origins;
        this.hosted = hosted;
    }

    @KafkaListener(id = "opportunities-interest-requests", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-interest-requests")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (OpportunitiesEvents.INTEREST_REQUEST_WITHDRAWN.type().equals(event.type())
                || OpportunitiesEvents.INTEREST_REQUEST_EXPIRED.type().equals(event.type())) {
            onEnd(event);
            return;
        }
        if (!OpportunitiesEvents.INTEREST_REQUEST_SENT.type().equals(event.type())) {
            return;
        }
        InterestRequested request = recorder.read(event, InterestRequested.class);
        NetworkOpportunityListener.requireSubject(event, request.requestId(), request.economy());
        if (!hosted.hosts(request.targetEconomy())) {
            return; // addressed to an economy another node hosts
        }
        if (request.targetEconomy().equals(request.economy()) || request.message() == null
                || request.opportunityId() == null || request.interestedOrg() == null) {
            throw new EventOrigins.RejectedRecord("malformed-request", "request " + request.requestId()
                    + " lacks a field or does not cross a border");
        }
        crossBorder.apply(request);
    }

    /** A withdrawal or expiry of a request: the same checks, then one write (see CrossBorderInterests.ended). */
    private void onEnd(EventEnvelope event) {
        InterestRequestWithdrawn end = recorder.read(event, InterestRequestWithdrawn.class);
        NetworkOpportunityListener.requireSubject(event, end.requestId(), end.economy());
        if (end.targetEconomy() == null) {
            throw new EventOrigins.RejectedRecord("malformed-request", "end of request " + end.requestId()
                    + " names no target economy");
        }
        if (!hosted.hosts(end.targetEconomy())) {
            return;
        }
        if (end.targetEconomy().equals(end.economy()) || end.opportunityId() == null || end.interestedOrg() == null) {
            throw new EventOrigins.RejectedRecord("malformed-request", "end of request " + end.requestId()
                    + " lacks a field or does not cross a border");
        }
        crossBorder.ended(end);
    }
}

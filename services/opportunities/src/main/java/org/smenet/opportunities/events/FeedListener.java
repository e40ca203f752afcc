package org.smenet.opportunities.events;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.opportunities.delivery.Delivery;
import org.smenet.opportunities.delivery.DeliveryStore;
import org.smenet.opportunities.delivery.DeliveryWorker;
import org.smenet.opportunities.delivery.SubscriptionIndex;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.store.FeedEntry;
import org.smenet.opportunities.store.FeedLog;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feed's one appender: reads the public opportunity topics (this node's and its peers' mirrored ones) with
 * one consumer thread, on the one replica holding the {@link FeedAppender} lease, appends
 * each event to the feed log (idempotent by event id) and enqueues a webhook delivery for every matching
 * webhook subscription (idempotent by subscription and event id). A redelivered record repeats both
 * steps harmlessly, so a crash between them loses nothing.
 */
@Component
public class FeedListener {

    private final FeedLog feed;
    private final SubscriptionIndex index;
    private final DeliveryStore deliveries;
    private final DeliveryWorker worker;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final ReferenceData reference;
    private final JsonMapper json;
    private final FeedAppender appender;

    public FeedListener(FeedLog feed, SubscriptionIndex index, DeliveryStore deliveries, DeliveryWorker worker,
            EventRecorder recorder, EventOrigins origins, ReferenceData reference, JsonMapper json,
            FeedAppender appender) {
        this.appender = appender;
        this.feed = feed;
        this.index = index;
        this.deliveries = deliveries;
        this.worker = worker;
        this.recorder = recorder;
        this.origins = origins;
        this.reference = reference;
        this.json = json;
    }

    @KafkaListener(id = FeedAppender.LISTENER_ID, topicPattern = NetworkOpportunityListener.TOPIC_PATTERN,
            groupId = "${spring.application.name}-feed", concurrency = "1", autoStartup = "false")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        appender.requireAppender();
        FeedEntry entry = feed.append(toEntry(event));
        if (entry.kind() == null) {
            return; // a delisting: in the feed, not pushed
        }
        List<Subscription> matched = index.matching(entry);
        boolean enqueued = false;
        for (Subscription s : matched) {
            if (s.channel() == Subscription.Channel.WEBHOOK) {
                deliveries.enqueue(new Delivery(Delivery.idOf(s.id(), entry.eventId()), s.id(), s.economy(),
                        s.ownerOrg(), entry.eventId(), entry.seq(), entry.type(), structured(entry),
                        Delivery.Status.PENDING, 0, recorder.now(), null, recorder.now(), null, List.of()));
                enqueued = true;
            }
        }
        if (enqueued) {
            worker.wake();
        }
    }

    private FeedEntry toEntry(EventEnvelope event) {
        String data = new String(event.data(), StandardCharsets.UTF_8);
        if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type().equals(event.type())) {
            PublicOpportunity o = recorder.read(event, PublicOpportunity.class);
            return new FeedEntry(0, event.id(), event.type(), event.source(), event.subject(), event.time(),
                    event.dataschema(), event.economy(), event.sequence(), data, o.kind(), o.details().title(),
                    o.details().description(), o.details().targetEconomies(), reference.hsIndex(o.details().hsCodes()),
                    reference.isicIndex(o.details().isicCodes()));
        }
        return new FeedEntry(0, event.id(), event.type(), event.source(), event.subject(), event.time(),
                event.dataschema(), event.economy(), event.sequence(), data, null, null, null, List.of(), List.of(),
                List.of());
    }

    /** The CloudEvent in HTTP structured mode (application/cloudevents+json). */
    public String structured(FeedEntry e) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", e.eventId());
        node.put("source", e.source());
        node.put("type", e.type());
        node.put("subject", e.subject());
        node.put("time", e.time().toString());
        node.put("datacontenttype", "application/json");
        node.put("dataschema", e.dataschema());
        node.put("economy", e.economy());
        node.put("sequence", Long.toString(e.sequence()));
        node.set("data", json.readTree(e.data()));
        return json.writeValueAsString(node);
    }
}

package org.smenet.matchmaking.events;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.EventOrigins;
import org.smenet.matchmaking.app.OpportunitySuggestions;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.smenet.matchmaking.store.OpportunityStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the published opportunities of every economy (this node's own on the local public topic, the
 * peers' mirrored) so enterprises can be ranked for them. Each event applied once, by sequence; a listed or
 * changed opportunity's new suggestions ({@link OpportunitySuggestions}) are written in the same upsert, into
 * the document's outbox.
 */
@Component
public class OpportunityListener {

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.opportunities\\.opportunity\\.v1";

    private final OpportunityStore opportunities;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final OpportunitySuggestions suggestions;

    public OpportunityListener(OpportunityStore opportunities, EventRecorder recorder, EventOrigins origins,
            OpportunitySuggestions suggestions) {
        this.opportunities = opportunities;
        this.recorder = recorder;
        this.origins = origins;
        this.suggestions = suggestions;
    }

    @KafkaListener(id = "matchmaking-public-opportunities", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-public-opportunities")
    public void onOpportunity(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        Update update;
        List<PendingEvent> events = List.of();
        if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type().equals(event.type())) {
            PublicOpportunity o = recorder.read(event, PublicOpportunity.class);
            requireSubject(event, o.opportunityId(), o.economy());
            update = (o.details() == null ? new Update() : OpportunityStore.details(o.details()))
                    .set("economy", o.economy()).set("kind", o.kind()).set("publishedAt", o.publishedAt())
                    .set("status", OpportunityDocument.LISTED).set("origin", record.topic());
            Optional<OpportunityDocument> before = opportunities.find(event.subject());
            if (before.map(b -> b.sequence() < event.sequence()).orElse(true) && o.kind() != null) {
                // what it touches now, against what was published for it: written with the change, in one upsert
                OpportunitySuggestions.Outcome outcome = suggestions.changed(needs(o, before, event),
                        o.kind(), event.sequence(), before.map(OpportunityDocument::suggestedOrNone).orElse(List.of()));
                update.set("suggested", outcome.suggested());
                events = outcome.events();
            }
        } else if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED.type().equals(event.type())) {
            PublicOpportunityWithdrawn o = recorder.read(event, PublicOpportunityWithdrawn.class);
            requireSubject(event, o.opportunityId(), o.economy());
            update = new Update().set("economy", o.economy())
                    .set("status", o.status() == null ? "WITHDRAWN" : o.status().name());
        } else {
            return;
        }
        opportunities.apply(event.subject(), event.sequence(), update, event.time(), events);
    }

    /** The opportunity as this event leaves it (an event without details keeps the stored ones). */
    private static Profile needs(PublicOpportunity o, Optional<OpportunityDocument> before, EventEnvelope event) {
        Instant published = o.publishedAt() != null ? o.publishedAt() : event.time();
        OpportunityDetails d = o.details();
        if (d != null) {
            return OpportunityDocument.profile(o.opportunityId(), o.economy(), o.kind(), d.hsCodes(), d.isicCodes(),
                    d.targetEconomies(), d.cooperationType(), d.languages(), published);
        }
        OpportunityDocument b = before.orElse(null);
        return b == null
                ? OpportunityDocument.profile(o.opportunityId(), o.economy(), o.kind(), null, null, null, null, null,
                        published)
                : OpportunityDocument.profile(o.opportunityId(), o.economy(), o.kind(), b.hsCodes(), b.isicCodes(),
                        b.targetEconomies(), b.cooperationType(), b.languages(), published);
    }

    private static void requireSubject(EventEnvelope event, String opportunityId, String economy) {
        if (opportunityId == null || !opportunityId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names opportunity "
                    + opportunityId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
    }
}

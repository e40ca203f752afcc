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
import org.smenet.kit.node.EventOrigins;
import org.smenet.matchmaking.app.OpportunityIndex;
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
 * the document's outbox. The {@link OpportunityIndex} (what an enterprise's change re-ranks) follows the
 * stored document.
 */
@Component
public class OpportunityListener {

    static final int ATTEMPTS = 8;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OpportunityListener.class);

    public static final String TOPIC_PATTERN =
            "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.opportunities\\.opportunity\\.v1";

    private final OpportunityStore opportunities;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final OpportunitySuggestions suggestions;
    private final OpportunityIndex index;

    public OpportunityListener(OpportunityStore opportunities, EventRecorder recorder, EventOrigins origins,
            OpportunitySuggestions suggestions, OpportunityIndex index) {
        this.opportunities = opportunities;
        this.recorder = recorder;
        this.origins = origins;
        this.suggestions = suggestions;
        this.index = index;
    }

    @KafkaListener(id = "matchmaking-public-opportunities", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-public-opportunities")
    public void onOpportunity(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type().equals(event.type())) {
            PublicOpportunity o = recorder.read(event, PublicOpportunity.class);
            requireSubject(event, o.opportunityId(), o.economy());
            listed(record, event, o);
        } else if (OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED.type().equals(event.type())) {
            PublicOpportunityWithdrawn o = recorder.read(event, PublicOpportunityWithdrawn.class);
            requireSubject(event, o.opportunityId(), o.economy());
            opportunities.apply(event.subject(), event.sequence(), new Update().set("economy", o.economy())
                    .set("status", o.status() == null ? "WITHDRAWN" : o.status().name()), event.time());
        } else {
            return;
        }
        // the opportunity index follows the stored document (a closed, withdrawn or expired one leaves it)
        opportunities.find(event.subject()).ifPresent(index::update);
    }

    /**
     * A listed or changed opportunity: the change and the suggestions it causes in one upsert, conditional on the
     * sequence (a redelivery changes nothing) and on the version of the suggestions ranked against (a re-ranking
     * an enterprise's change wrote in between makes this one rank again, so neither loses the other's).
     */
    private void listed(ConsumerRecord<String, CloudEvent> record, EventEnvelope event, PublicOpportunity o) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Update update = (o.details() == null ? new Update() : OpportunityStore.details(o.details()))
                    .set("economy", o.economy()).set("kind", o.kind()).set("publishedAt", o.publishedAt())
                    .set("status", OpportunityDocument.LISTED).set("origin", record.topic());
            Optional<OpportunityDocument> before = opportunities.find(event.subject());
            if (before.map(b -> b.sequence() >= event.sequence()).orElse(false) || o.kind() == null) {
                opportunities.apply(event.subject(), event.sequence(), update, event.time()); // a no-op when applied
                return;
            }
            Profile needs = needs(o, before, event);
            // indexed before it is ranked: an enterprise changing meanwhile either is in this ranking or finds
            // the opportunity in the index and re-ranks it after this write (EnterpriseOpportunities)
            index.apply(event.subject(), event.sequence(), needs);
            long version = before.map(b -> b.nextSuggestionSequence(event.sequence())).orElse(event.sequence());
            OpportunitySuggestions.Outcome outcome = suggestions.changed(needs, o.kind(), version,
                    before.map(OpportunityDocument::suggestedOrNone).orElse(List.of()));
            if (opportunities.applyWithSuggestions(event.subject(), event.sequence(),
                    before.map(OpportunityDocument::suggestionSequence).orElse(null), version, outcome.suggested(),
                    update, event.time(), outcome.events())) {
                return;
            }
            if (opportunities.find(event.subject()).map(b -> b.sequence() >= event.sequence()).orElse(false)) {
                return; // applied meanwhile (a redelivery on another replica): nothing more to do
            }
            // an enterprise's re-ranking wrote the suggestions in between: rank again against what it wrote
            log.debug("Opportunity {} at sequence {}: a re-ranking wrote its suggestions meanwhile, ranking again",
                    event.subject(), event.sequence());
        }
        throw new IllegalStateException("Opportunity " + event.subject() + " at sequence " + event.sequence()
                + " lost " + ATTEMPTS + " races in a row for its suggestions; redelivered by the error handler");
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

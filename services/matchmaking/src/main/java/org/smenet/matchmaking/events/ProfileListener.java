package org.smenet.matchmaking.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.contracts.registry.PublicEnterpriseWithdrawn;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.app.EnterpriseOpportunities;
import org.smenet.matchmaking.app.Suggestions;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The profile read model of every other economy's enterprises, from the public enterprise topics, local and
 * mirrored from peers. (This node's own enterprises, with their owners and every status, come from the enterprise
 * topic through the kit's {@code HostedEnterprises} and {@link HostedProfiles}.) Each event is applied once, by
 * sequence; an applied change re-indexes the enterprise and recomputes its suggestions, then re-ranks the published
 * opportunities it fits ({@link EnterpriseOpportunities}).
 */
@Component
public class ProfileListener {

    public static final String PUBLIC_TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.registry\\.enterprise\\.v1";

    private final ProfileStore profiles;
    private final EventRecorder recorder;
    private final EventOrigins origins;
    private final HostedEconomies hosted;
    private final Suggestions suggestions;
    private final EnterpriseOpportunities opportunities;

    public ProfileListener(ProfileStore profiles, EventRecorder recorder, EventOrigins origins, HostedEconomies hosted,
            Suggestions suggestions, EnterpriseOpportunities opportunities) {
        this.profiles = profiles;
        this.recorder = recorder;
        this.origins = origins;
        this.hosted = hosted;
        this.suggestions = suggestions;
        this.opportunities = opportunities;
    }

    @KafkaListener(id = "matchmaking-public-profiles", topicPattern = PUBLIC_TOPIC_PATTERN,
            groupId = "${spring.application.name}-public-profiles")
    public void onPublic(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (hosted.hosts(event.economy())) {
            return; // this node's own enterprises come, with their owners, from the enterprise topic
        }
        Update update;
        if (RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.type().equals(event.type())) {
            PublicEnterpriseProfile e = recorder.read(event, PublicEnterpriseProfile.class);
            requireSubject(event, e.enterpriseId(), e.economy());
            update = ProfileStore.profile(e.profile()).set("economy", e.economy()).set("status", "VERIFIED")
                    .set("hosted", false).set("origin", record.topic());
        } else if (RegistryEvents.PUBLIC_ENTERPRISE_WITHDRAWN.type().equals(event.type())) {
            PublicEnterpriseWithdrawn e = recorder.read(event, PublicEnterpriseWithdrawn.class);
            requireSubject(event, e.enterpriseId(), e.economy());
            update = new Update().set("economy", e.economy()).set("status", "WITHDRAWN").set("hosted", false);
        } else {
            return;
        }
        if (profiles.apply(event.subject(), event.sequence(), update, event.time())) {
            suggestions.changed(event.subject()).ifPresent(opportunities::changed);
        }
    }

    private static void requireSubject(EventEnvelope event, String enterpriseId, String economy) {
        if (enterpriseId == null || !enterpriseId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names enterprise "
                    + enterpriseId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
    }
}

package org.smenet.matchmaking.events;

import java.time.Instant;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.registry.EnterpriseChange;
import org.smenet.kit.registry.EnterpriseProjection;
import org.smenet.matchmaking.app.EnterpriseOpportunities;
import org.smenet.matchmaking.app.Suggestions;
import org.smenet.matchmaking.store.ProfileDocument;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * This node's own enterprises in the profile read model, kept by the kit's {@code HostedEnterprises} from
 * {@code smenet.registry.enterprise.v1} (consumer group {@code matchmaking-profiles}, as before): the profile, the
 * owner organisation and every status, each change applied once by sequence; an applied change re-indexes the
 * enterprise and recomputes its suggestions, then re-ranks the published opportunities it fits
 * ({@link EnterpriseOpportunities}). Other economies' enterprises come from the public topics
 * ({@link ProfileListener}).
 */
@Component
public class HostedProfiles implements EnterpriseProjection {

    private final Suggestions suggestions;
    private final EnterpriseOpportunities opportunities;

    public HostedProfiles(Suggestions suggestions, EnterpriseOpportunities opportunities) {
        this.suggestions = suggestions;
        this.opportunities = opportunities;
    }

    @Override
    public String collection() {
        return ProfileDocument.COLLECTION;
    }

    @Override
    public Update registered(EnterpriseChange.Registered change) {
        return ProfileStore.profile(change.data().profile()).set("ownerOrg", change.data().ownerOrg())
                .set("status", "REGISTERED").set("hosted", true).set("origin", RegistryEvents.ENTERPRISE_TOPIC)
                .set("changedAt", change.time());
    }

    @Override
    public Update profileUpdated(EnterpriseChange.ProfileUpdated change) {
        return ProfileStore.profile(change.data().profile()).set("hosted", true).set("changedAt", change.time());
    }

    @Override
    public Update statusChanged(EnterpriseChange.StatusChanged change) {
        return new Update().set("status", change.data().status()).set("hosted", true).set("changedAt", change.time());
    }

    @Override
    public Update other(EnterpriseChange.Other change) {
        // cluster membership and future types: the sequence still moves on
        return new Update().set("hosted", true).set("changedAt", change.time());
    }

    @Override
    public void applied(String enterpriseId, Instant time) {
        suggestions.changed(enterpriseId).ifPresent(opportunities::changed);
    }
}

package org.smenet.opportunities.events;

import java.util.ArrayList;
import java.util.List;
import org.smenet.contracts.EventType;
import org.smenet.contracts.opportunities.InterestChanged;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityChanged;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.opportunities.domain.Interest;
import org.smenet.opportunities.domain.Opportunity;
import org.springframework.stereotype.Component;

/**
 * Says which events each change causes. An opportunity change also maintains the network-public
 * projection: listed while published and network-visible, delisted when it stops being so.
 */
@Component
public class OpportunitiesOutbox {

    private final EventRecorder recorder;

    public OpportunitiesOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public List<PendingEvent> changed(EventType<OpportunityChanged> type, Opportunity before, Opportunity after,
            String actorOrg) {
        List<PendingEvent> events = new ArrayList<>();
        events.add(recorder.record(type, after.id(), after.economy(), after.version(), new OpportunityChanged(
                after.id(), after.economy(), after.kind(), after.status(), after.details(), after.publisher().kind(),
                after.publisher().org(), actorOrg, after.rejectionReason(), recorder.now())));
        if (after.networkPublic()) {
            events.add(recorder.record(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED, after.id(), after.economy(),
                    after.version(), new PublicOpportunity(after.id(), after.economy(), after.kind(), after.details(),
                            after.publisher().kind(), after.publishedAt())));
        } else if (before != null && before.networkPublic()) {
            events.add(recorder.record(OpportunitiesEvents.PUBLIC_OPPORTUNITY_DELISTED, after.id(), after.economy(),
                    after.version(), new PublicOpportunityWithdrawn(after.id(), after.economy(), after.status(),
                            recorder.now())));
        }
        return events;
    }

    public List<PendingEvent> interest(EventType<InterestChanged> type, Interest i, String actorOrg) {
        return List.of(recorder.record(type, i.id(), i.economy(), i.version(), new InterestChanged(i.id(),
                i.economy(), i.opportunityId(), i.interestedEconomy(), i.interestedOrg(), i.status(), actorOrg,
                i.expiresAt(), recorder.now())));
    }
}

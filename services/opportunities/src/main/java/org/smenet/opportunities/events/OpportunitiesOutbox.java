package org.smenet.opportunities.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smenet.contracts.EventType;
import org.smenet.contracts.opportunities.InterestChanged;
import org.smenet.contracts.opportunities.InterestRequestAnswered;
import org.smenet.contracts.opportunities.InterestRequestStatus;
import org.smenet.contracts.opportunities.InterestRequestWithdrawn;
import org.smenet.contracts.opportunities.InterestRequested;
import org.smenet.contracts.opportunities.OpportunityDiscarded;
import org.smenet.contracts.opportunities.InterestStatus;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityChanged;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublicOpportunityWithdrawn;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.PendingEvent;
import org.smenet.opportunities.domain.CrossBorderInterest;
import org.smenet.opportunities.domain.Interest;
import org.smenet.opportunities.domain.ReceivedInterestRequest;
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

    /**
     * An interest's step; for an interest that came from another economy's request, also the public answer
     * to that economy (keyed by the request, ordered by the interest's version). Never a contact.
     */
    public List<PendingEvent> interest(EventType<InterestChanged> type, Interest i, String actorOrg) {
        List<PendingEvent> events = new ArrayList<>();
        events.add(recorder.record(type, i.id(), i.economy(), i.version(), new InterestChanged(i.id(),
                i.economy(), i.opportunityId(), i.interestedEconomy(), i.interestedOrg(), i.status(), actorOrg,
                i.expiresAt(), recorder.now())));
        if (i.crossBorder()) {
            InterestRequestStatus status = InterestRequestStatus.valueOf(i.status().name());
            boolean accepted = i.status() == InterestStatus.ACCEPTED;
            events.add(recorder.record(ANSWERS.get(i.status()), i.requestId(), i.economy(), i.version(),
                    new InterestRequestAnswered(i.requestId(), i.interestedEconomy(), i.economy(), i.opportunityId(),
                            i.id(), status, null, accepted ? i.publisherOrg() : null, i.introducedBy(),
                            recorder.now())));
        }
        return events;
    }

    /** The request an SME of this economy sends to the opportunity's economy: public fields only. */
    public List<PendingEvent> requested(CrossBorderInterest i) {
        return List.of(recorder.record(OpportunitiesEvents.INTEREST_REQUEST_SENT, i.id(), i.economy(), i.version(),
                new InterestRequested(i.id(), i.economy(), i.targetEconomy(), i.opportunityId(), i.interestedOrg(),
                        i.message(), i.requestedAt())));
    }

    /** A discarded draft's tombstone event (no details: it was never submitted). */
    public List<PendingEvent> discarded(Opportunity after, String actorOrg) {
        return List.of(recorder.record(OpportunitiesEvents.OPPORTUNITY_DISCARDED, after.id(), after.economy(),
                after.version(), new OpportunityDiscarded(after.id(), after.economy(), after.publisher().kind(),
                        after.publisher().org(), actorOrg, recorder.now())));
    }

    /**
     * The end of a request this economy's SME sent (withdrawn, or expired unanswered), published under the
     * request's key on the public request topic so that the opportunity's node ends the interest it became.
     */
    public List<PendingEvent> requestEnded(EventType<InterestRequestWithdrawn> type, CrossBorderInterest i) {
        return List.of(recorder.record(type, i.id(), i.economy(), i.version(), new InterestRequestWithdrawn(i.id(),
                i.economy(), i.targetEconomy(), i.opportunityId(), i.interestedOrg(), recorder.now())));
    }

    /** The answer to a request this node could not turn into an interest. */
    public List<PendingEvent> rejected(ReceivedInterestRequest r) {
        return List.of(recorder.record(OpportunitiesEvents.INTEREST_ANSWER_REJECTED, r.requestId(), r.economy(), 1,
                new InterestRequestAnswered(r.requestId(), r.requestEconomy(), r.economy(), r.opportunityId(), null,
                        InterestRequestStatus.REJECTED, r.reason(), null, null, recorder.now())));
    }

    private static final Map<InterestStatus, EventType<InterestRequestAnswered>> ANSWERS = Map.of(
            InterestStatus.OPEN, OpportunitiesEvents.INTEREST_ANSWER_OPENED,
            InterestStatus.INTRODUCED, OpportunitiesEvents.INTEREST_ANSWER_INTRODUCED,
            InterestStatus.ACCEPTED, OpportunitiesEvents.INTEREST_ANSWER_ACCEPTED,
            InterestStatus.DECLINED, OpportunitiesEvents.INTEREST_ANSWER_DECLINED,
            InterestStatus.EXPIRED, OpportunitiesEvents.INTEREST_ANSWER_EXPIRED);
}

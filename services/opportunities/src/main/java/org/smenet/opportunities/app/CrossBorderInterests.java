package org.smenet.opportunities.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.contracts.opportunities.InterestRequestAnswered;
import org.smenet.contracts.opportunities.InterestRequestWithdrawn;
import org.smenet.contracts.opportunities.InterestRequested;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.kit.web.IfMatch;
import org.smenet.opportunities.domain.CrossBorderInterest;
import org.smenet.opportunities.domain.Interest;
import org.smenet.opportunities.domain.LifecycleViolation;
import org.smenet.opportunities.domain.Opportunity;
import org.smenet.opportunities.domain.ReceivedInterestRequest;
import org.smenet.opportunities.events.OpportunitiesOutbox;
import org.smenet.opportunities.store.CrossBorderInterestStore;
import org.smenet.opportunities.store.InterestStore;
import org.smenet.opportunities.store.NetworkOpportunities;
import org.smenet.opportunities.store.OpportunityStore;
import org.smenet.opportunities.store.ReceivedInterestRequests;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Expressions of interest across borders, through events only. On the interested SME's node: the interest is
 * kept here with its contact and goes out as a public request to the opportunity's economy; that economy's
 * answers update it. On the opportunity's node: a request addressed to a hosted economy is decided once
 * (opened as an expression of interest the publisher sees, or rejected with a reason) and answered.
 */
@Service
public class CrossBorderInterests {

    private static final Logger log = LoggerFactory.getLogger(CrossBorderInterests.class);

    private final CrossBorderInterestStore sent;
    private final ReceivedInterestRequests received;
    private final InterestStore interests;
    private final OpportunityStore opportunities;
    private final NetworkOpportunities network;
    private final OpportunitiesOutbox outbox;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final OpportunitiesProperties properties;
    private final Clock clock;

    public CrossBorderInterests(CrossBorderInterestStore sent, ReceivedInterestRequests received,
            InterestStore interests, OpportunityStore opportunities, NetworkOpportunities network,
            OpportunitiesOutbox outbox, Authority authority, HostedEconomies hosted, OpportunitiesProperties properties,
            Clock clock) {
        this.sent = sent;
        this.received = received;
        this.interests = interests;
        this.opportunities = opportunities;
        this.network = network;
        this.outbox = outbox;
        this.authority = authority;
        this.hosted = hosted;
        this.properties = properties;
        this.clock = clock;
    }

    /** True when {@code opportunityId} is not this node's but a peer economy's, known from its public topic. */
    public boolean isAbroad(String opportunityId) {
        return opportunities.find(opportunityId).isEmpty() && network.find(opportunityId).isPresent();
    }

    /** An SME of a hosted economy expresses interest in another economy's listed opportunity. */
    public CrossBorderInterest request(Actor actor, String opportunityId, InterestRequest request) {
        hosted.requireHosted(actor);
        if (!actor.has(Role.SME) || actor.org() == null) {
            throw RuleViolation.forbidden("Only an SME expresses interest in an opportunity");
        }
        NetworkOpportunities.Entry o = network.find(opportunityId)
                .orElseThrow(() -> RuleViolation.notFound("Opportunity", opportunityId));
        if (!o.listed()) {
            throw new LifecycleViolation("not-published", "opportunity " + o.id() + " of " + o.economy() + " is "
                    + o.status() + "; interest is expressed in published opportunities only");
        }
        CrossBorderInterest i = CrossBorderInterest.request(UUID.randomUUID().toString(), actor.economy(),
                o.economy(), o.id(), o.details() == null ? null : o.details().title(), actor.org(),
                request.message().strip(), request.contact() == null ? null : request.contact().toContact(),
                clock.instant());
        sent.insert(i, outbox.requested(i));
        return i;
    }

    /** The interested SME sees its own; the focal points of its economy see their economy's. */
    public CrossBorderInterest get(Actor actor, String id) {
        CrossBorderInterest i = sent.find(id).orElseThrow(() -> RuleViolation.notFound("Expression of interest", id));
        if (!isInterested(actor, i) && !authority.isFocalPoint(actor, i.economy())) {
            throw RuleViolation.notFound("Expression of interest", id);
        }
        return i;
    }

    public Page<CrossBorderInterest> visible(Actor actor, Pageable page) {
        if (authority.isFocalPoint(actor, actor.economy())) {
            return sent.of(actor.economy(), null, page);
        }
        return sent.of(actor.economy(), String.valueOf(actor.org()), page);
    }

    public boolean isInterested(Actor actor, CrossBorderInterest i) {
        return actor.actsFor(i.economy()) && i.interestedOrg().equals(actor.org());
    }

    /**
     * The SME withdraws its own pending request: one versioned write that also publishes the withdrawal to the
     * opportunity's economy, whose node ends the interest. Only the SME that expressed it: its economy's focal
     * points see it but do not speak for the enterprise. {@code ifMatch} is optional.
     */
    public CrossBorderInterest withdraw(Actor actor, String id, IfMatch ifMatch) {
        hosted.requireHosted(actor);
        CrossBorderInterest i = get(actor, id);
        if (!isInterested(actor, i)) {
            throw RuleViolation.forbidden("Only the SME that expressed interest " + id + " withdraws it");
        }
        if (ifMatch != null) {
            ifMatch.check("Expression of interest", id, i.version());
        }
        CrossBorderInterest after = i.withdraw(clock.instant());
        sent.update(after, outbox.requestEnded(OpportunitiesEvents.INTEREST_REQUEST_WITHDRAWN, after));
        return after;
    }

    /** Requests the other economy never answered within {@code interest-request-ttl}. */
    public List<CrossBorderInterest> unanswered(int limit) {
        return sent.unanswered(clock.instant(), properties.interestRequestTtl(), limit);
    }

    /**
     * Expires one unanswered request here and tells the other node (which may have it but be unable to answer);
     * false when another replica or an answer changed it first.
     */
    public boolean expireUnanswered(CrossBorderInterest i) {
        CrossBorderInterest after = i.expireUnanswered(clock.instant(), properties.interestRequestTtl());
        try {
            sent.update(after, outbox.requestEnded(OpportunitiesEvents.INTEREST_REQUEST_EXPIRED, after));
            return true;
        } catch (OptimisticLockingFailureException lost) {
            return false;
        }
    }

    /**
     * Applies another economy's withdrawal (or expiry) of a request addressed to a hosted economy, in one write:
     * a request not yet decided is decided now as refused (so the request itself, if it arrives later, collides
     * with that decision and opens nothing); an open or introduced interest it became ends ({@code EXPIRED},
     * answered back); anything else is left as it is (a replay, or an interest already answered).
     * A concurrent change to the interest raises {@link OptimisticLockingFailureException}: the record is retried.
     */
    public boolean ended(InterestRequestWithdrawn end) {
        String id = receivedId(end.economy(), end.requestId());
        ReceivedInterestRequest decision = received.find(id).orElse(null);
        if (decision == null) {
            try {
                received.insert(ReceivedInterestRequest.rejected(id, end.targetEconomy(), end.requestId(),
                        end.economy(), end.opportunityId(), end.interestedOrg(), ReceivedInterestRequest.WITHDRAWN,
                        clock.instant()), List.of());
                return true;
            } catch (DuplicateKeyException decidedMeanwhile) {
                decision = received.find(id).orElseThrow();
            }
        }
        if (!decision.opened()) {
            return false;
        }
        Interest i = interests.find(id).orElse(null);
        if (i == null || !i.crossBorder() || !i.open()) {
            return false;
        }
        Interest after = i.endedByRequester();
        interests.update(after, outbox.interest(OpportunitiesEvents.INTEREST_EXPIRED, after, end.interestedOrg()));
        return true;
    }

    /** The opportunity's node answered one of this node's requests; false when it changed nothing. */
    public boolean answered(InterestRequestAnswered answer, long sequence) {
        boolean applied = sent.answered(answer, sequence, clock.instant());
        if (!applied) {
            log.debug("Answer {} to request {} changed nothing (replayed, late, or not this node's request)",
                    answer.status(), answer.requestId());
        }
        return applied;
    }

    /**
     * Applies another economy's request addressed to an economy this node hosts. The decision is stored once
     * under an id derived from the request: a replay collides with it, and the first decision stands (even if
     * the opportunity changed since). An opened request becomes an expression of interest with the same id.
     */
    public ReceivedInterestRequest apply(InterestRequested request) {
        String id = receivedId(request.economy(), request.requestId());
        ReceivedInterestRequest decision = decide(id, request);
        try {
            received.insert(decision, decision.opened() ? List.of() : outbox.rejected(decision));
        } catch (DuplicateKeyException replay) {
            decision = received.find(id).orElseThrow();
        }
        if (decision.opened()) {
            Opportunity o = opportunities.find(decision.opportunityId()).orElseThrow();
            Interest i = Interest.requested(id, request.requestId(), o, request.economy(), request.interestedOrg(),
                    request.message().strip(), clock.instant(), properties.interestTtl());
            try {
                interests.insert(i, outbox.interest(OpportunitiesEvents.INTEREST_EXPRESSED, i, null));
            } catch (DuplicateKeyException alreadyApplied) {
                // a replay of a request already opened: nothing more to do
            }
        }
        return decision;
    }

    private ReceivedInterestRequest decide(String id, InterestRequested r) {
        Opportunity o = opportunities.find(r.opportunityId())
                .filter(found -> found.economy().equals(r.targetEconomy()) && found.details().networkVisible()
                        && found.publishedAt() != null)
                .orElse(null);
        if (o == null) {
            // never-published or economy-only opportunities are indistinguishable from unknown ones abroad
            return ReceivedInterestRequest.rejected(id, r.targetEconomy(), r.requestId(), r.economy(),
                    r.opportunityId(), r.interestedOrg(), ReceivedInterestRequest.UNKNOWN_OPPORTUNITY,
                    clock.instant());
        }
        if (o.status() != OpportunityStatus.PUBLISHED) {
            return ReceivedInterestRequest.rejected(id, r.targetEconomy(), r.requestId(), r.economy(),
                    r.opportunityId(), r.interestedOrg(), ReceivedInterestRequest.NOT_OPEN, clock.instant());
        }
        return ReceivedInterestRequest.opened(id, r.targetEconomy(), r.requestId(), r.economy(), r.opportunityId(),
                r.interestedOrg(), clock.instant());
    }

    /** Ids of another economy's requests live in that economy's namespace: no peer can collide with another's. */
    public static String receivedId(String requestEconomy, String requestId) {
        return UUID.nameUUIDFromBytes(("interest-request/" + requestEconomy + "/" + requestId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}

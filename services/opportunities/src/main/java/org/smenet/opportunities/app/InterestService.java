package org.smenet.opportunities.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.opportunities.domain.Interest;
import org.smenet.opportunities.domain.LifecycleViolation;
import org.smenet.opportunities.domain.Opportunity;
import org.smenet.opportunities.events.OpportunitiesOutbox;
import org.smenet.opportunities.store.InterestStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Expressions of interest: an SME expresses interest in a published opportunity, a focal point of the
 * opportunity's economy (enterprise cooperation) introduces it, the publisher accepts or declines.
 */
@Service
public class InterestService {

    private final InterestStore interests;
    private final OpportunityService opportunities;
    private final OpportunitiesOutbox outbox;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final OpportunitiesProperties properties;
    private final Clock clock;

    public InterestService(InterestStore interests, OpportunityService opportunities, OpportunitiesOutbox outbox,
            Authority authority, HostedEconomies hosted, OpportunitiesProperties properties, Clock clock) {
        this.interests = interests;
        this.opportunities = opportunities;
        this.outbox = outbox;
        this.authority = authority;
        this.hosted = hosted;
        this.properties = properties;
        this.clock = clock;
    }

    public Interest express(Actor actor, String opportunityId, InterestRequest request) {
        hosted.requireHosted(actor);
        Opportunity o = opportunities.get(actor, opportunityId);
        if (!actor.has(Role.SME) || actor.org() == null) {
            throw RuleViolation.forbidden("Only an SME expresses interest in an opportunity");
        }
        if (o.publishedBy(actor.economy(), actor.org())) {
            throw RuleViolation.forbidden("A publisher does not express interest in its own opportunity");
        }
        if (o.status() != OpportunityStatus.PUBLISHED) {
            throw new LifecycleViolation("not-published", "opportunity " + o.id() + " is " + o.status()
                    + "; interest is expressed in published opportunities only");
        }
        Interest i = Interest.express(UUID.randomUUID().toString(), o, actor.economy(), actor.org(),
                request.message().strip(), request.contact() == null ? null : request.contact().toContact(),
                clock.instant(), properties.interestTtl());
        interests.insert(i, outbox.interest(OpportunitiesEvents.INTEREST_EXPRESSED, i, actor.org()));
        return i;
    }

    public Interest get(Actor actor, String id) {
        Interest i = find(id);
        if (!isInterested(actor, i) && !isPublisher(actor, i) && !authority.isFocalPoint(actor, i.economy())) {
            throw RuleViolation.notFound("Expression of interest", id);
        }
        return i;
    }

    /** The interests the actor's organisation expressed in this node's opportunities (abroad: interests-abroad). */
    public Page<Interest> mine(Actor actor, Pageable page) {
        if (actor.org() == null || actor.economy() == null) {
            return Page.empty(page);
        }
        return interests.ofInterested(actor.economy(), actor.org(), page);
    }

    public Page<Interest> ofOpportunity(Actor actor, String opportunityId, Pageable page) {
        Opportunity o = opportunities.get(actor, opportunityId);
        if (!o.publishedBy(actor.economy(), actor.org()) && !authority.isFocalPoint(actor, o.economy())) {
            throw RuleViolation.forbidden("Only the publisher and the focal points of " + o.economy()
                    + " see the expressions of interest");
        }
        return interests.ofOpportunity(opportunityId, page);
    }

    public Interest introduce(Actor actor, String id) {
        hosted.requireHosted(actor);
        Interest i = visible(actor, id);
        authority.requireFocalPoint(actor, i.economy(), FocalPointFunction.ENTERPRISE_COOPERATION);
        Interest after = i.introduce(actor.org());
        interests.update(after, outbox.interest(OpportunitiesEvents.INTEREST_INTRODUCED, after, actor.org()));
        return after;
    }

    /** The publisher accepts; its contact as written on the opportunity is revealed to the interested SME. */
    public Interest accept(Actor actor, String id) {
        hosted.requireHosted(actor);
        Interest i = visible(actor, id);
        requirePublisher(actor, i);
        Opportunity o = opportunities.find(i.opportunityId());
        Interest after = i.accept(o.publisher().contact(), clock.instant());
        interests.update(after, outbox.interest(OpportunitiesEvents.INTEREST_ACCEPTED, after, actor.org()));
        return after;
    }

    public Interest decline(Actor actor, String id) {
        hosted.requireHosted(actor);
        Interest i = visible(actor, id);
        requirePublisher(actor, i);
        Interest after = i.decline(clock.instant());
        interests.update(after, outbox.interest(OpportunitiesEvents.INTEREST_DECLINED, after, actor.org()));
        return after;
    }

    public boolean isInterested(Actor actor, Interest i) {
        return actor.actsFor(i.interestedEconomy()) && i.interestedOrg().equals(actor.org());
    }

    public boolean isPublisher(Actor actor, Interest i) {
        return actor.actsFor(i.economy()) && i.publisherOrg().equals(actor.org());
    }

    /** Expires one due interest; false when someone else changed it first (another replica's job, an answer). */
    public boolean expire(Interest i) {
        Interest after = i.expire(clock.instant());
        try {
            interests.update(after, outbox.interest(OpportunitiesEvents.INTEREST_EXPIRED, after, null));
            return true;
        } catch (OptimisticLockingFailureException lost) {
            return false;
        }
    }

    public List<Interest> due(int limit) {
        return interests.due(clock.instant(), limit);
    }

    private Interest visible(Actor actor, String id) {
        Interest i = find(id);
        if (!actor.actsFor(i.economy()) && !isInterested(actor, i)) {
            throw RuleViolation.notFound("Expression of interest", id);
        }
        return i;
    }

    private Interest find(String id) {
        return interests.find(id).orElseThrow(() -> RuleViolation.notFound("Expression of interest", id));
    }

    private void requirePublisher(Actor actor, Interest i) {
        if (!isPublisher(actor, i)) {
            throw RuleViolation.forbidden("Only the publisher of the opportunity answers an expression of interest");
        }
    }
}

package org.smenet.opportunities.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublisherKind;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.kit.web.IfMatch;
import org.smenet.opportunities.domain.Opportunity;
import org.smenet.opportunities.domain.OpportunityRules;
import org.smenet.opportunities.domain.Publisher;
import org.smenet.opportunities.events.OpportunitiesOutbox;
import org.smenet.opportunities.store.OpportunityFilter;
import org.smenet.opportunities.store.OpportunityStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The opportunity use cases: check access, apply the lifecycle rule, store state and events in one write. */
@Service
public class OpportunityService {

    private final OpportunityStore opportunities;
    private final OpportunitiesOutbox outbox;
    private final OpportunityRules rules;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final Clock clock;

    public OpportunityService(OpportunityStore opportunities, OpportunitiesOutbox outbox, ReferenceData reference,
            Authority authority, HostedEconomies hosted, Clock clock) {
        this.opportunities = opportunities;
        this.outbox = outbox;
        this.rules = new OpportunityRules(new ReferenceClassifications(reference));
        this.authority = authority;
        this.hosted = hosted;
        this.clock = clock;
    }

    /**
     * Drafts an opportunity of the actor's economy: as a focal point when the actor is a designated
     * trade-development focal point, else as its enterprise (an SME).
     */
    public Opportunity draft(Actor actor, OpportunityRequest request) {
        hosted.requireHosted(actor);
        PublisherKind kind;
        if (authority.isFocalPoint(actor, actor.economy(), FocalPointFunction.TRADE_DEVELOPMENT)) {
            kind = PublisherKind.FOCAL_POINT;
        } else if (actor.has(Role.SME) && actor.org() != null) {
            kind = PublisherKind.ENTERPRISE;
        } else if (actor.has(Role.FOCAL_POINT)) {
            authority.requireFocalPoint(actor, actor.economy(), FocalPointFunction.TRADE_DEVELOPMENT);
            throw RuleViolation.forbidden("unreachable");
        } else {
            throw RuleViolation.forbidden("Only an SME or a trade-development focal point publishes opportunities");
        }
        var details = request.toDetails();
        rules.check(details, clock.instant());
        Opportunity o = Opportunity.draft(UUID.randomUUID().toString(), actor.economy(), request.kind(), details,
                new Publisher(kind, actor.org(), request.toContact()), clock.instant());
        opportunities.insert(o, outbox.changed(OpportunitiesEvents.OPPORTUNITY_DRAFTED, null, o, actor.org()));
        return o;
    }

    public Opportunity get(Actor actor, String id) {
        Opportunity o = find(id);
        if (!canSee(actor, o)) {
            throw RuleViolation.notFound("Opportunity", id);
        }
        return o;
    }

    /** The publisher and the focal points of its economy see everything; others what is listed to them. */
    public boolean canSee(Actor actor, Opportunity o) {
        if (o.publishedBy(actor.economy(), actor.org()) || authority.isFocalPoint(actor, o.economy())) {
            return true;
        }
        return o.listed() && (actor.actsFor(o.economy()) || o.details().networkVisible());
    }

    /**
     * Published opportunities visible to the actor; another status only to the focal points of the actor's
     * economy (all of it) or to the publisher (its own).
     */
    public Page<Opportunity> search(Actor actor, OpportunityFilter f, Pageable page) {
        OpportunityFilter scoped;
        if (f.status() == null || f.status() == OpportunityStatus.PUBLISHED) {
            scoped = new OpportunityFilter(f.kinds(), f.hs(), f.isic(), f.origin(), f.target(), f.deadlineBefore(),
                    f.text(), OpportunityStatus.PUBLISHED, actor.economy(), null);
        } else {
            boolean focal = authority.isFocalPoint(actor, actor.economy());
            scoped = new OpportunityFilter(f.kinds(), f.hs(), f.isic(), actor.economy(), f.target(),
                    f.deadlineBefore(), f.text(), f.status(), null, focal ? null : String.valueOf(actor.org()));
        }
        return opportunities.search(scoped, page);
    }

    /** The actor's own opportunities (its organisation in its economy), drafts to archived, or one status. */
    public Page<Opportunity> mine(Actor actor, OpportunityStatus status, Pageable page) {
        if (actor.org() == null || actor.economy() == null) {
            return Page.empty(page);
        }
        return opportunities.ofPublisher(actor.economy(), actor.org(), status, page);
    }

    public Opportunity revise(Actor actor, String id, OpportunityRequest request, IfMatch ifMatch) {
        hosted.requireHosted(actor);
        Opportunity o = find(id);
        requirePublisher(actor, o);
        ifMatch.check("Opportunity", id, o.version());
        var details = request.toDetails();
        rules.check(details, clock.instant());
        Opportunity after = o.revise(request.kind(), details);
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_UPDATED, o, after, actor.org()));
        return after;
    }

    public Opportunity submit(Actor actor, String id) {
        hosted.requireHosted(actor);
        Opportunity o = find(id);
        requirePublisher(actor, o);
        Opportunity after = o.submit(clock.instant());
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_SUBMITTED, o, after, actor.org()));
        return after;
    }

    /**
     * The publisher takes its submitted opportunity back before review (a draft again). Only the publisher:
     * a focal point that does not want it rejects it with a reason instead. {@code ifMatch} is optional.
     */
    public Opportunity withdraw(Actor actor, String id, IfMatch ifMatch) {
        hosted.requireHosted(actor);
        Opportunity o = find(id);
        requirePublisher(actor, o);
        if (ifMatch != null) {
            ifMatch.check("Opportunity", id, o.version());
        }
        Opportunity after = o.withdraw();
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_WITHDRAWN, o, after, actor.org()));
        return after;
    }

    /**
     * The publisher throws its draft away: a tombstone ({@code DISCARDED}) with its event, never a hard delete.
     * Only the publisher, as for every change to a draft. {@code ifMatch} is optional.
     */
    public Opportunity discard(Actor actor, String id, IfMatch ifMatch) {
        hosted.requireHosted(actor);
        Opportunity o = find(id);
        requirePublisher(actor, o);
        if (ifMatch != null) {
            ifMatch.check("Opportunity", id, o.version());
        }
        Opportunity after = o.discard(clock.instant());
        opportunities.update(after, outbox.discarded(after, actor.org()));
        return after;
    }

    /** Review by a trade-development focal point of the publisher's economy, or a focal point's own draft. */
    public Opportunity publish(Actor actor, String id) {
        hosted.requireHosted(actor);
        Opportunity o = visibleForReview(actor, id);
        authority.requireFocalPoint(actor, o.economy(), FocalPointFunction.TRADE_DEVELOPMENT);
        Opportunity after = o.publish(actor.org(), o.publishedBy(actor.economy(), actor.org()), clock.instant());
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_PUBLISHED, o, after, actor.org()));
        return after;
    }

    public Opportunity reject(Actor actor, String id, String reason) {
        hosted.requireHosted(actor);
        Opportunity o = visibleForReview(actor, id);
        authority.requireFocalPoint(actor, o.economy(), FocalPointFunction.TRADE_DEVELOPMENT);
        Opportunity after = o.reject(actor.org(), reason);
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_REJECTED, o, after, actor.org()));
        return after;
    }

    public Opportunity close(Actor actor, String id) {
        hosted.requireHosted(actor);
        Opportunity o = find(id);
        requirePublisherOrReviewer(actor, o);
        Opportunity after = o.close(clock.instant());
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_CLOSED, o, after, actor.org()));
        return after;
    }

    public Opportunity archive(Actor actor, String id) {
        hosted.requireHosted(actor);
        Opportunity o = find(id);
        requirePublisherOrReviewer(actor, o);
        Opportunity after = o.archive();
        opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_ARCHIVED, o, after, actor.org()));
        return after;
    }

    Opportunity find(String id) {
        return opportunities.find(id).orElseThrow(() -> RuleViolation.notFound("Opportunity", id));
    }

    /** Another economy's reviewer must not learn that an unpublished opportunity exists: 404 then 403. */
    private Opportunity visibleForReview(Actor actor, String id) {
        Opportunity o = find(id);
        if (!actor.actsFor(o.economy()) && !o.listed()) {
            throw RuleViolation.notFound("Opportunity", id);
        }
        return o;
    }

    private static void requirePublisher(Actor actor, Opportunity o) {
        if (!o.publishedBy(actor.economy(), actor.org())) {
            throw RuleViolation.forbidden("Only the publisher of opportunity " + o.id() + " may do this");
        }
    }

    private void requirePublisherOrReviewer(Actor actor, Opportunity o) {
        if (!o.publishedBy(actor.economy(), actor.org())) {
            authority.requireFocalPoint(actor, o.economy(), FocalPointFunction.TRADE_DEVELOPMENT);
        }
    }

    /** Expires one due opportunity; false when another replica (or a person) changed it first. */
    public boolean expire(Opportunity o) {
        Opportunity after = o.expire(clock.instant());
        try {
            opportunities.update(after, outbox.changed(OpportunitiesEvents.OPPORTUNITY_EXPIRED, o, after, null));
            return true;
        } catch (org.springframework.dao.OptimisticLockingFailureException lost) {
            return false;
        }
    }

    public List<Opportunity> due(int limit) {
        return opportunities.due(clock.instant(), limit);
    }
}

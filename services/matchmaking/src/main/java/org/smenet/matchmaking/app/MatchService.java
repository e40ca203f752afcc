package org.smenet.matchmaking.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.smenet.contracts.EventType;
import org.smenet.contracts.matchmaking.MatchStageChanged;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchAccess;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.events.MatchOutbox;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileDocument;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The brokered path of a match: a party shows interest and asks for an introduction, a designated focal
 * point (enterprise cooperation) of either party's economy introduces them, a party reports agreement
 * or declines; the node expires what stalls. Each step checks access, then the lifecycle rule, then
 * stores the match and its event in one write, only if nobody changed it in between.
 */
@Service
public class MatchService {

    private final MatchStore matches;
    private final ProfileStore profiles;
    private final MatchOutbox outbox;
    private final MatchAccess access;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final MatchmakingProperties properties;
    private final Clock clock;

    public MatchService(MatchStore matches, ProfileStore profiles, MatchOutbox outbox, MatchAccess access,
            Authority authority, HostedEconomies hosted, MatchmakingProperties properties, Clock clock) {
        this.matches = matches;
        this.profiles = profiles;
        this.outbox = outbox;
        this.access = access;
        this.authority = authority;
        this.hosted = hosted;
        this.properties = properties;
        this.clock = clock;
    }

    public Match get(Actor actor, String id) {
        Match match = matches.find(id).orElseThrow(() -> RuleViolation.notFound("Match", id));
        if (!access.canSee(actor, match)) {
            throw RuleViolation.notFound("Match", id);
        }
        return match;
    }

    /** The matches of one enterprise, for its own users and its economy's brokers. */
    public Page<Match> of(Actor actor, String enterpriseId, MatchStage stage, Pageable page) {
        ProfileDocument enterprise = visibleEnterprise(actor, enterpriseId, access, profiles);
        return matches.of(enterprise.id(), stage, page);
    }

    /**
     * The matches involving an enterprise of the caller's economy, for a designated focal point (enterprise
     * cooperation) of that economy: the introductions it is asked to broker, without naming an enterprise.
     */
    public Page<Match> ofEconomy(Actor actor, MatchStage stage, Pageable page) {
        authority.requireFocalPoint(actor, actor.economy(), FocalPointFunction.ENTERPRISE_COOPERATION);
        return matches.ofEconomy(actor.economy(), stage, page);
    }

    public Match interested(Actor actor, String id, IfMatch ifMatch) {
        return partyStep(actor, id, ifMatch, MatchmakingEvents.MATCH_INTERESTED,
                m -> m.interested(actor.org(), clock.instant(), properties.matchTimeout()));
    }

    public Match introductionRequested(Actor actor, String id, IfMatch ifMatch) {
        return partyStep(actor, id, ifMatch, MatchmakingEvents.MATCH_INTRODUCTION_REQUESTED,
                m -> m.introductionRequested(actor.org(), clock.instant(), properties.matchTimeout()));
    }

    public Match agreed(Actor actor, String id, IfMatch ifMatch) {
        return partyStep(actor, id, ifMatch, MatchmakingEvents.MATCH_AGREED, m -> m.agreed(clock.instant()));
    }

    public Match declined(Actor actor, String id, IfMatch ifMatch) {
        return partyStep(actor, id, ifMatch, MatchmakingEvents.MATCH_DECLINED, m -> m.declined(clock.instant()));
    }

    /** Only a designated focal point for enterprise cooperation of either party's economy introduces. */
    public Match introduced(Actor actor, String id, IfMatch ifMatch) {
        hosted.requireHosted(actor);
        Match match = get(actor, id);
        String economy = actor.actsFor(match.enterpriseEconomy()) ? match.enterpriseEconomy() : match.partnerEconomy();
        authority.requireFocalPoint(actor, economy, FocalPointFunction.ENTERPRISE_COOPERATION);
        ifMatch.check("Match", id, match.version());
        Match changed = match.introduced(actor.org(), economy, clock.instant(), properties.matchTimeout());
        matches.update(changed, outbox.stageChanged(MatchmakingEvents.MATCH_INTRODUCED, changed, actor.org()));
        return changed;
    }

    /** Expires every open match whose deadline is before {@code now}; another replica's win is fine. */
    public int expireOverdue(Instant now) {
        int expired = 0;
        for (Match match : matches.overdue(now, 500)) {
            try {
                Match changed = match.expired(now);
                matches.update(changed, outbox.stageChanged(MatchmakingEvents.MATCH_EXPIRED, changed, null));
                expired++;
            } catch (org.springframework.dao.OptimisticLockingFailureException someoneElse) {
                // a party acted, or another replica expired it first
            }
        }
        return expired;
    }

    public Map<MatchStage, Long> funnel(String economy) {
        return matches.funnel(economy);
    }

    private Match partyStep(Actor actor, String id, IfMatch ifMatch, EventType<MatchStageChanged> type,
            UnaryOperator<Match> step) {
        hosted.requireHosted(actor);
        Match match = get(actor, id);
        if (!access.party(actor, match)) {
            throw RuleViolation.forbidden("Only the two enterprises of match " + id + " take this step");
        }
        ifMatch.check("Match", id, match.version());
        Match changed = step.apply(match);
        matches.update(changed, outbox.stageChanged(type, changed, actor.org()));
        return changed;
    }

    /** The enterprise, if this node keeps its profile and the actor may see its partners and matches. */
    static ProfileDocument visibleEnterprise(Actor actor, String enterpriseId, MatchAccess access, ProfileStore profiles) {
        ProfileDocument enterprise = profiles.find(enterpriseId).filter(ProfileDocument::hosted)
                .filter(p -> p.legalName() != null)
                .orElseThrow(() -> RuleViolation.notFound("Enterprise", enterpriseId));
        if (!access.canSeeEnterprise(actor, enterprise.economy(), enterprise.ownerOrg())) {
            if (!actor.actsFor(enterprise.economy())) {
                throw RuleViolation.notFound("Enterprise", enterpriseId);
            }
            throw RuleViolation.forbidden("Only the enterprise's own users and its economy's focal points for "
                    + "enterprise cooperation see its partners and matches");
        }
        return enterprise;
    }
}

package org.smenet.matchmaking.app;

import java.util.List;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.security.Actor;
import org.smenet.matchmaking.domain.MatchAccess;
import org.smenet.matchmaking.domain.PartnerFilter;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.smenet.matchmaking.store.OpportunityStore;
import org.springframework.stereotype.Service;

/**
 * The best enterprises for a published opportunity, ranked live from the same index and scorer as an
 * enterprise's partners, with the same reasons (seen from the opportunity: "you seek" is what it asks
 * for). Brokers see them: a designated focal point for enterprise cooperation of the opportunity's
 * economy sees enterprises of every economy; one of another economy this node hosts sees its own
 * economy's enterprises only (who at home could answer a foreign request).
 */
@Service
public class OpportunityService {

    /** One page of the ranking, with the total the ranking holds up to {@link PartnerService#MAX_DEPTH}. */
    public record Ranking(OpportunityDocument opportunity, List<Suggestion> page, int total) {
    }

    private final OpportunityStore opportunities;
    private final PartnerIndex index;
    private final MatchAccess access;
    private final Suggestions suggestions;

    public OpportunityService(OpportunityStore opportunities, PartnerIndex index, MatchAccess access,
            Suggestions suggestions) {
        this.opportunities = opportunities;
        this.index = index;
        this.access = access;
        this.suggestions = suggestions;
    }

    public Ranking enterprises(Actor actor, String opportunityId, String economy, CooperationType cooperation,
            double minScore, int page, int size) {
        PartnerService.checkRanking(minScore, page, size);
        OpportunityDocument opportunity = opportunities.find(opportunityId).filter(o -> o.kind() != null)
                .orElseThrow(() -> RuleViolation.notFound("Opportunity", opportunityId));
        String of = economy;
        if (!access.brokers(actor, opportunity.economy())) {
            if (!access.brokers(actor, actor.economy())) {
                throw RuleViolation.forbidden("Only designated focal points for enterprise cooperation see the "
                        + "enterprises that fit an opportunity");
            }
            if (economy != null && !economy.equals(actor.economy())) {
                throw RuleViolation.forbidden("A focal point of " + actor.economy() + " sees only " + actor.economy()
                        + "'s enterprises for another economy's opportunity");
            }
            of = actor.economy();
        }
        if (!opportunity.listed()) {
            return new Ranking(opportunity, List.of(), 0);
        }
        List<Suggestion> ranked = index.partnersFor(opportunity.toProfile(), PartnerService.MAX_DEPTH,
                new PartnerFilter(of, cooperation, minScore, null), suggestions.today());
        int from = Math.min(ranked.size(), page * size);
        return new Ranking(opportunity, ranked.subList(from, Math.min(ranked.size(), from + size)), ranked.size());
    }
}

package org.smenet.matchmaking.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.smenet.matchmaking.store.OpportunityStore;
import org.smenet.matchmaking.store.ProfileDocument;
import org.springframework.stereotype.Service;

/**
 * The other half of "an enterprise changed": the published opportunities it now fits are re-ranked, so a firm
 * that starts offering HS 0901 is suggested for a listed "buy coffee" request without waiting for the request to
 * change.
 *
 * <p>Only a suggestible enterprise (active, network-public: the one the partner index holds) is considered. The
 * {@link OpportunityIndex} gives its best {@code opportunities-per-profile} live opportunities at or above the
 * threshold (for an enterprise of another economy, only opportunities of this node's economies: a peer's
 * opportunity is ranked here for this node's enterprises only). For each, the opportunity's ranking is computed
 * again ({@link OpportunitySuggestions#changed}) against its stored {@code suggested} list, publishing for this
 * enterprise only: a new pair once, a published one again only when its score moved by {@code rescore-delta}. An
 * edit that leaves its standing as it was publishes nothing, and writes nothing.
 *
 * <p>The new {@code suggested} list and its events are one update of the opportunity document, conditional on
 * the opportunity's sequence and the suggestions' version read ({@link OpportunityStore#resuggest}). When
 * anything wrote in between (an opportunity event, another enterprise's re-ranking, another replica), the update
 * matches nothing, and the opportunity is read and ranked again, up to {@link #ATTEMPTS} times; a delisted one is
 * skipped. Each lost race means another write landed in that moment; after {@link #ATTEMPTS} in a row the
 * re-ranking is given up (logged), and the pair waits for the next change of either side. When the index holds a
 * newer sequence of the opportunity than the store, the listener's write is under way (it indexes the opportunity
 * before it ranks it, so either its ranking saw this enterprise or this read must wait for its write): the read
 * is retried after a short pause (5 ms, doubling, at most ~0.6 s in all).
 */
@Service
public class EnterpriseOpportunities {

    static final int ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(EnterpriseOpportunities.class);

    private final OpportunityStore opportunities;
    private final OpportunityIndex index;
    private final OpportunitySuggestions suggestions;
    private final HostedEconomies hosted;
    private final MatchmakingProperties properties;
    private final Clock clock;

    public EnterpriseOpportunities(OpportunityStore opportunities, OpportunityIndex index,
            OpportunitySuggestions suggestions, HostedEconomies hosted, MatchmakingProperties properties, Clock clock) {
        this.opportunities = opportunities;
        this.index = index;
        this.suggestions = suggestions;
        this.hosted = hosted;
        this.properties = properties;
        this.clock = clock;
    }

    /** What came of one opportunity's re-ranking for the enterprise. */
    public enum Outcome {
        /** the enterprise's new or moved suggestion was published with the opportunity's new list */
        PUBLISHED,
        /** its standing is as published (or it is not in the opportunity's top): nothing written */
        UNCHANGED,
        /** the opportunity is no longer live, or is not yet in the store */
        SKIPPED,
        /** lost the race {@link #ATTEMPTS} times in a row */
        GAVE_UP
    }

    /**
     * The enterprise changed (its profile event was applied and the partner index follows it): re-rank the
     * opportunities it now fits, for the enterprise as {@link Suggestions#changed(String)} read it.
     */
    public void changed(ProfileDocument enterprise) {
        if (!enterprise.suggestible() || properties.opportunitiesPerProfile() <= 0) {
            return; // withdrawn, suspended, not public: not in the partner index, never newly suggested
        }
        String enterpriseId = enterprise.id();
        Profile profile = enterprise.toProfile();
        List<Suggestion> fits = index.opportunitiesFor(profile, enterprise.hosted() ? null : hosted.list(),
                properties.opportunitiesPerProfile(), properties.threshold());
        for (Suggestion fit : fits) {
            rerank(fit.partnerId(), enterpriseId);
        }
    }

    /** Ranks opportunity {@code opportunityId} again and publishes what it makes for {@code enterpriseId}. */
    public Outcome rerank(String opportunityId, String enterpriseId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<OpportunityDocument> found = opportunities.find(opportunityId);
            OptionalLong indexed = index.sequenceOf(opportunityId);
            if (found.isEmpty() && indexed.isEmpty()) {
                return Outcome.SKIPPED; // unknown here
            }
            if (found.isEmpty() || indexed.isPresent() && found.get().sequence() < indexed.getAsLong()) {
                // the index holds a newer sequence than the store: the listener's write is under way; it ranked
                // after indexing the opportunity, so it either saw this enterprise or this read will see its write
                log.debug("Re-ranking opportunity {} for enterprise {}: its listing is being written, waiting",
                        opportunityId, enterpriseId);
                sleepBriefly(attempt);
                continue;
            }
            OpportunityDocument doc = found.get();
            if (!doc.listed() || doc.deadline() != null && !doc.deadline().isAfter(clock.instant())) {
                return Outcome.SKIPPED;
            }
            long version = doc.nextSuggestionSequence(0);
            OpportunitySuggestions.Outcome outcome = suggestions.changed(doc.toProfile(), doc.kind(), version,
                    doc.suggestedOrNone(), enterpriseId);
            if (outcome.events().isEmpty()) {
                return Outcome.UNCHANGED;
            }
            if (opportunities.resuggest(doc.id(), doc.sequence(), doc.suggestionSequence(), version,
                    outcome.suggested(), outcome.events())) {
                return Outcome.PUBLISHED;
            }
            // something wrote the opportunity in between: read it again and rank against what it holds now
            log.debug("Re-ranking opportunity {} for enterprise {}: lost a race, ranking again", opportunityId,
                    enterpriseId);
        }
        log.warn("Re-ranking opportunity {} for enterprise {} lost {} races in a row; left to the writers that won",
                opportunityId, enterpriseId, ATTEMPTS);
        return Outcome.GAVE_UP;
    }

    private static void sleepBriefly(int attempt) {
        try {
            Thread.sleep(5L << Math.min(attempt, 5)); // 5 ms .. 160 ms: the listener's single write
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.smenet.matchmaking.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.app.EnterpriseOpportunities;
import org.smenet.matchmaking.store.OpportunityDocument.Suggested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The writes of an opportunity's suggestions are conditional on what they were computed against: the
 * opportunity's sequence and the version of its suggestions. A writer that read before another wrote matches
 * nothing and changes nothing, so an opportunity event and a re-ranking caused by an enterprise's change (here,
 * on another replica, or twice) can neither lose nor duplicate each other's suggestions.
 */
@MatchmakingIntegration
class OpportunitySuggestionsGuardTest {

    @Autowired
    OpportunityStore opportunities;
    @Autowired
    EnterpriseOpportunities enterpriseOpportunities;

    static Update listing() {
        return new Update().set("economy", "CL").set("kind", OpportunityKind.BUY_REQUEST).set("hsCodes", List.of("0902"))
                .set("status", OpportunityDocument.LISTED).set("publishedAt", Instant.now());
    }

    @Test
    void aWriteComputedAgainstAnOlderStateChangesNothing() {
        String id = MatchmakingTestSupport.unique("opp-guard");
        Suggested a = new Suggested("ent-a", 31);
        Suggested b = new Suggested("ent-b", 33);
        // listed: version 1 of its suggestions
        assertThat(opportunities.applyWithSuggestions(id, 1, null, 1, List.of(), listing(), Instant.now(), List.of()))
                .isTrue();
        // an enterprise's re-ranking (version 1 read) wins; a second one that read version 1 too loses
        assertThat(opportunities.resuggest(id, 1, 1L, 2, List.of(a), List.of())).isTrue();
        assertThat(opportunities.resuggest(id, 1, 1L, 2, List.of(b), List.of())).isFalse();
        assertThat(stored(id).suggestedOrNone()).containsExactly(a);

        // the opportunity's change ranked against version 1: loses, the sequence stays (the listener ranks again)
        assertThat(opportunities.applyWithSuggestions(id, 2, 1L, 2, List.of(b), listing(), Instant.now(), List.of()))
                .isFalse();
        assertThat(stored(id).sequence()).isEqualTo(1);
        assertThat(stored(id).suggestedOrNone()).containsExactly(a);
        // ranked again against version 2 (keeping a), it is applied
        assertThat(opportunities.applyWithSuggestions(id, 2, 2L, 3, List.of(a, b), listing(), Instant.now(), List.of()))
                .isTrue();
        // redelivered: the sequence is not newer, nothing changes (the listener sees sequence 2 stored and stops)
        assertThat(opportunities.applyWithSuggestions(id, 2, 3L, 4, List.of(), listing(), Instant.now(), List.of()))
                .isFalse();
        assertThat(stored(id).suggestedOrNone()).containsExactly(a, b);
        assertThat(stored(id).suggestionSequence()).isEqualTo(3);
        // a re-ranking that read the opportunity at sequence 1 loses even with the right version
        assertThat(opportunities.resuggest(id, 1, 3L, 4, List.of(), List.of())).isFalse();

        // closed: no re-ranking is written, and the re-ranking skips it
        assertThat(opportunities.apply(id, 3, new Update().set("status", "CLOSED"), Instant.now())).isTrue();
        assertThat(opportunities.resuggest(id, 3, 3L, 4, List.of(), List.of())).isFalse();
        assertThat(enterpriseOpportunities.rerank(id, "ent-c")).isEqualTo(EnterpriseOpportunities.Outcome.SKIPPED);
        assertThat(stored(id).suggestedOrNone()).containsExactly(a, b);
        assertThat(stored(id).status()).isEqualTo("CLOSED");
        assertThat(enterpriseOpportunities.rerank(MatchmakingTestSupport.unique("opp-unknown"), "ent-c"))
                .isEqualTo(EnterpriseOpportunities.Outcome.SKIPPED);
    }

    private OpportunityDocument stored(String id) {
        return opportunities.find(id).orElseThrow();
    }
}

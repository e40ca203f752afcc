package org.smenet.matchmaking.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.app.Suggestions;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.MatchStage;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.events.MatchOutbox;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Fixtures written straight into the read model and the match store (no broker round trip): a Chilean
 * enterprise and a Peruvian one, both of this node, with their owners, and a match between them at any
 * stage.
 */
final class MatchmakingFixtures {

    record Fixture(String enterprise, String owner, String partner, String partnerOwner, String matchId) {
    }

    private final ProfileStore profiles;
    private final MatchStore matches;
    private final MatchOutbox outbox;
    private final PartnerIndex index;
    private final Suggestions suggestions;

    MatchmakingFixtures(ProfileStore profiles, MatchStore matches, MatchOutbox outbox, PartnerIndex index,
            Suggestions suggestions) {
        this.profiles = profiles;
        this.matches = matches;
        this.outbox = outbox;
        this.index = index;
        this.suggestions = suggestions;
    }

    Fixture at(MatchStage stage) {
        String a = MatchmakingTestSupport.unique("cl-ent");
        String owner = MatchmakingTestSupport.unique("org-cl-owner");
        String b = MatchmakingTestSupport.unique("pe-ent");
        String partnerOwner = MatchmakingTestSupport.unique("org-pe-owner");
        enterprise(a, "CL", owner, List.of("0804"), List.of("4819"));
        enterprise(b, "PE", partnerOwner, List.of("481910"), List.of("080450"));
        var suggestion = index.explain(a, b, suggestions.today()).orElseThrow();
        Instant now = Instant.now();
        Match match = Match.suggest(new Match.Party(a, "CL", owner), new Match.Party(b, "PE", partnerOwner), suggestion,
                now, Duration.ofDays(30));
        matches.insert(match, outbox.suggested(match));
        Match current = match;
        String org = current.enterpriseOrg();
        if (stage.ordinal() >= MatchStage.INTERESTED.ordinal()) {
            current = advance(current, current.interested(org, now, Duration.ofDays(30)));
        }
        if (stage.ordinal() >= MatchStage.INTRODUCTION_REQUESTED.ordinal()) {
            current = advance(current, current.introductionRequested(org, now, Duration.ofDays(30)));
        }
        if (stage.ordinal() >= MatchStage.INTRODUCED.ordinal()) {
            current = advance(current, current.introduced("org-cl-fp", "CL", now, Duration.ofDays(30)));
        }
        return new Fixture(a, owner, b, partnerOwner, match.id());
    }

    /** A published buy request of {@code economy} for tea (0902), as the opportunity listener would keep it. */
    static String opportunity(org.smenet.matchmaking.store.OpportunityStore opportunities, String economy) {
        String id = MatchmakingTestSupport.unique("opp-" + economy.toLowerCase());
        opportunities.apply(id, 1, new Update().set("economy", economy)
                .set("kind", org.smenet.contracts.opportunities.OpportunityKind.BUY_REQUEST).set("title", "Green tea")
                .set("hsCodes", List.of("0902")).set("isicCodes", List.of()).set("targetEconomies", List.of())
                .set("languages", List.of("en")).set("publishedAt", Instant.now())
                .set("status", org.smenet.matchmaking.store.OpportunityDocument.LISTED), Instant.now());
        return id;
    }

    private Match advance(Match before, Match after) {
        matches.update(after, List.of());
        return after;
    }

    private void enterprise(String id, String economy, String owner, List<String> offers, List<String> seeks) {
        profiles.apply(id, 2, ProfileStore.profile(MatchmakingTestSupport.profile(id + " Ltd", List.of("0122"), offers,
                        seeks, List.of(CooperationType.SUPPLY), List.of(CooperationType.DISTRIBUTION), List.of()))
                .set("economy", economy).set("ownerOrg", owner).set("status", "VERIFIED").set("hosted", true),
                Instant.now());
        index.put(profiles.find(id).orElseThrow().toProfile());
    }
}

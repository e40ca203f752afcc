package org.smenet.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.kit.demo.SyntheticFirms;

/**
 * What re-ranking opportunities on an enterprise's change relies on: the score of a pair does not depend on which
 * side asks. An index of enterprises queried with an opportunity's needs and an index of opportunities queried
 * with an enterprise's profile give the same pairs above a threshold, with the same scores, so the opportunities
 * the second index gives an enterprise are exactly those whose own ranking could hold it.
 */
class OpportunityIndexSymmetryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final List<String> ECONOMIES = List.of("CL", "VN", "TH", "PE", "JP", "CN", "US", "MX");
    static final double THRESHOLD = 20;
    static final int DEPTH = 100_000;

    @Test
    void anEnterpriseFindsExactlyTheOpportunitiesThatRankItWithTheSameScores() {
        Weights weights = Weights.defaults();
        PartnerIndex enterprises = new PartnerIndex(weights, ECONOMIES);
        PartnerIndex opportunities = new PartnerIndex(weights, ECONOMIES);
        List<Profile> firms = new SyntheticFirms(SyntheticFirmsTest.SUBHEADINGS, TODAY).generate(21, 3_000, 50).firms()
                .stream().map(f -> Profile.of(f.profile())).toList();
        firms.forEach(enterprises::put);
        List<Profile> needs = opportunitiesLike(firms, 400);
        needs.forEach(opportunities::put);

        // pair -> score, seen from each opportunity (as OpportunitySuggestions ranks) and from each enterprise
        Map<String, Double> fromOpportunity = new HashMap<>();
        for (Profile o : needs) {
            enterprises.partnersFor(o, DEPTH, new PartnerFilter(null, null, THRESHOLD, null), TODAY)
                    .forEach(s -> fromOpportunity.put(o.id() + "|" + s.partnerId(), s.score()));
        }
        Map<String, Double> fromEnterprise = new HashMap<>();
        for (Profile e : firms) {
            opportunities.partnersFor(e, DEPTH, new PartnerFilter(null, null, THRESHOLD, null), TODAY)
                    .forEach(s -> fromEnterprise.put(s.partnerId() + "|" + e.id(), s.score()));
        }

        assertThat(fromOpportunity).hasSizeGreaterThan(1_000); // the population meets often enough to mean something
        assertThat(fromEnterprise).isEqualTo(fromOpportunity);
    }

    @Test
    void aPairsReasonsAreTheSameSeenFromEitherIndex() {
        PartnerIndex enterprises = new PartnerIndex(Weights.defaults(), ECONOMIES);
        PartnerIndex opportunities = new PartnerIndex(Weights.defaults(), ECONOMIES);
        Profile roaster = new Profile("cl-roaster", "CL", List.of("1079"), List.of("090121"), List.of("4819"),
                java.util.Set.of(CooperationType.SUPPLY), java.util.Set.of(), List.of("VN"), List.of("HACCP"), List.of(),
                List.of("en", "es"), true, TODAY.minusDays(3));
        Profile buyCoffee = OpportunityNeeds.profile("opp-vn-coffee", "VN", OpportunityKind.BUY_REQUEST,
                List.of("0901"), List.of(), List.of("CL"), null, List.of("en"), TODAY.minusDays(10));
        enterprises.put(roaster);
        opportunities.put(buyCoffee);

        Suggestion seenByOpportunity = enterprises.partnersFor(buyCoffee, 20, PartnerFilter.any(), TODAY).get(0);
        Suggestion seenByEnterprise = opportunities.partnersFor(roaster, 20, PartnerFilter.any(), TODAY).get(0);

        assertThat(seenByOpportunity.partnerId()).isEqualTo("cl-roaster");
        assertThat(seenByEnterprise.partnerId()).isEqualTo("opp-vn-coffee");
        assertThat(seenByEnterprise.score()).isEqualTo(seenByOpportunity.score()).isGreaterThan(THRESHOLD);
        assertThat(seenByEnterprise.reasons()).containsExactlyInAnyOrderElementsOf(
                seenByOpportunity.reasons().stream().map(Reason::reversed).toList());
    }

    /** Opportunities of every kind made from the firms' own codes, so that they meet the population. */
    private static List<Profile> opportunitiesLike(List<Profile> firms, int count) {
        SplittableRandom random = new SplittableRandom(5);
        OpportunityKind[] kinds = OpportunityKind.values();
        CooperationType[] types = CooperationType.values();
        List<Profile> needs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Profile firm = firms.get(random.nextInt(firms.size()));
            OpportunityKind kind = kinds[random.nextInt(kinds.length)];
            List<String> hs = new ArrayList<>();
            hs.addAll(random.nextBoolean() ? firm.hsOffered() : firm.hsSought());
            if (!hs.isEmpty() && random.nextInt(3) == 0) {
                hs.set(0, hs.get(0).substring(0, 4)); // a whole heading
            }
            List<String> targets = random.nextBoolean() ? List.of(ECONOMIES.get(random.nextInt(ECONOMIES.size())))
                    : List.of();
            CooperationType named = random.nextInt(3) == 0 ? types[random.nextInt(types.length)] : null;
            needs.add(OpportunityNeeds.profile("opp-" + i, ECONOMIES.get(random.nextInt(ECONOMIES.size())), kind, hs,
                    firm.isicCodes(), targets, named, random.nextBoolean() ? List.of("en") : List.of("es"),
                    TODAY.minusDays(random.nextInt(400))));
        }
        return needs;
    }
}

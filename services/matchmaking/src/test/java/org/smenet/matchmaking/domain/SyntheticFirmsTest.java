package org.smenet.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smenet.kit.demo.SyntheticFirms;
import org.smenet.kit.reference.ReferenceData;

/** The kit's synthetic firms, as the benchmark and the demo use them. */
class SyntheticFirmsTest {

    static final ReferenceData REFERENCE = new ReferenceData();
    static final List<String> SUBHEADINGS = REFERENCE.hsCodesAtLevel(6);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    final SyntheticFirms generator = new SyntheticFirms(SUBHEADINGS, TODAY);

    @Test
    void tradesUseRealHsHeadingsAndIsicClasses() {
        assertThat(SyntheticFirms.headingsUsed()).allSatisfy(h -> assertThat(REFERENCE.isHsCode(h)).as(h).isTrue());
        assertThat(SyntheticFirms.isicUsed()).allSatisfy(c -> assertThat(REFERENCE.isIsicCode(c)).as(c).isTrue());
    }

    @Test
    void firmsLookLikeTheirTradeAndUseOnlyRealCodes() {
        var firms = generator.generate(42, 2_000, 0).firms();

        assertThat(firms).allSatisfy(f -> {
            assertThat(f.profile().hsOffered()).allSatisfy(c -> assertThat(REFERENCE.isHsCode(c)).isTrue());
            assertThat(f.profile().hsSought()).allSatisfy(c -> assertThat(REFERENCE.isHsCode(c)).isTrue());
            assertThat(f.profile().isicCodes()).allSatisfy(c -> assertThat(REFERENCE.isIsicCode(c)).isTrue());
            assertThat(REFERENCE.isApecEconomy(f.profile().economy())).isTrue();
        });
        var roaster = firms.stream().filter(f -> f.trade().equals("Coffee Roasters")).findFirst().orElseThrow();
        assertThat(roaster.profile().isicCodes()).containsExactly("1079");
        assertThat(roaster.profile().hsOffered()).allSatisfy(c -> assertThat(c.substring(0, 4)).isIn("0901", "2101"));
        assertThat(roaster.profile().hsSought()).allSatisfy(c -> assertThat(c.substring(0, 4)).isIn("4819", "3923", "8438"));
    }

    @Test
    void commonTradesAreFarMoreFrequentThanRareOnes() {
        Map<String, Long> byTrade = generator.generate(42, 20_000, 0).firms().stream()
                .collect(Collectors.groupingBy(SyntheticFirms.Firm::trade, Collectors.counting()));
        assertThat(byTrade.get("Electronic Components")).isGreaterThan(5 * byTrade.get("Copper Works"));
    }

    @Test
    void theSameSeedGivesTheSameFirms() {
        assertThat(generator.generate(3, 500, 50)).isEqualTo(generator.generate(3, 500, 50));
        assertThat(generator.generate(3, 500, 50)).isNotEqualTo(generator.generate(4, 500, 50));
    }

    @Test
    void plantedPartnersAreAmongTheTop20() {
        var population = generator.generate(11, 20_000, 100);
        PartnerIndex index = new PartnerIndex(Weights.defaults(), List.of());
        population.firms().forEach(f -> index.put(Profile.of(f.profile())));
        Map<String, String> partner = population.planted().stream()
                .collect(Collectors.toMap(SyntheticFirms.PlantedPair::firmId, SyntheticFirms.PlantedPair::partnerId));

        long found = partner.entrySet().stream().filter(e -> index.partnersOf(e.getKey(), 20, PartnerFilter.any(), TODAY)
                .orElseThrow().stream().map(Suggestion::partnerId).anyMatch(e.getValue()::equals)).count();

        assertThat(population.planted()).hasSizeGreaterThan(150);
        assertThat((double) found / partner.size()).isGreaterThanOrEqualTo(0.95);
    }
}

package org.smenet.registry.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.SizeClass;

class ProfileRulesTest {

    private final ProfileRules rules = new ProfileRules(new Classifications() {
        @Override
        public boolean isHsCode(String code) {
            return Set.of("09", "0901", "090111").contains(code);
        }

        @Override
        public boolean isIsicCode(String code) {
            return Set.of("C", "10", "107", "1079").contains(code);
        }

        @Override
        public boolean isApecEconomy(String code) {
            return Set.of("CL", "VN").contains(code);
        }
    });

    private static EnterpriseProfile profile(List<String> isic, List<String> hs, List<String> targets, Integer year) {
        return new EnterpriseProfile("X", SizeClass.MICRO, year, isic, hs, List.of(), List.of(), List.of(), targets,
                List.of(), List.of(), null, true);
    }

    @Test
    void acceptsRealCodes() {
        assertThatCode(() -> rules.check(profile(List.of("1079"), List.of("090111"), List.of("VN"), 1999), 2026))
                .doesNotThrowAnyException();
    }

    @Test
    void namesTheFieldAndPositionOfAnUnknownCode() {
        assertThatThrownBy(() -> rules.check(profile(List.of("1079"), List.of("090111", "999999"), List.of(), null), 2026))
                .isInstanceOf(InvalidProfile.class)
                .extracting(e -> ((InvalidProfile) e).field()).isEqualTo("hsOffered[1]");
        assertThatThrownBy(() -> rules.check(profile(List.of("9999"), List.of(), List.of(), null), 2026))
                .extracting(e -> ((InvalidProfile) e).field()).isEqualTo("isicCodes[0]");
        assertThatThrownBy(() -> rules.check(profile(List.of("1079"), List.of(), List.of("FR"), null), 2026))
                .extracting(e -> ((InvalidProfile) e).field()).isEqualTo("targetEconomies[0]");
    }

    @Test
    void refusesAFoundingYearInTheFuture() {
        assertThatThrownBy(() -> rules.check(profile(List.of("1079"), List.of(), List.of(), 2030), 2026))
                .extracting(e -> ((InvalidProfile) e).field()).isEqualTo("yearFounded");
    }
}

package org.smenet.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchTest {

    static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
    static final Duration TIMEOUT = Duration.ofDays(30);

    static Match suggested() {
        Suggestion s = new Suggestion("b", "VN", 40, List.of(
                new Reason(Reason.Kind.HS_HEADING, Reason.Direction.YOU_SEEK, "0902", "090240", 7)));
        return Match.suggest(new Match.Party("b", "VN", null), new Match.Party("a", "CL", "org-a"),
                new Suggestion("a", "CL", 40, List.of(
                        new Reason(Reason.Kind.HS_HEADING, Reason.Direction.THEY_SEEK, "090240", "0902", 7))), NOW, TIMEOUT);
    }

    @Test
    void aPairHasOneIdWhicheverSideSuggestsItAndReasonsSeenFromItsFirstSide() {
        Match m = suggested();
        assertThat(m.id()).isEqualTo(Match.idOf("a", "b")).isEqualTo(Match.idOf("b", "a"));
        assertThat(m.enterpriseId()).isEqualTo("a");
        assertThat(m.reasons()).containsExactly(
                new Reason(Reason.Kind.HS_HEADING, Reason.Direction.YOU_SEEK, "0902", "090240", 7));
        assertThat(m.expiresAt()).isEqualTo(NOW.plus(TIMEOUT));
    }

    @Test
    void goesThroughTheBrokeredPathInOrder() {
        Match m = suggested().interested("org-a", NOW, TIMEOUT).introductionRequested("org-a", NOW, TIMEOUT)
                .introduced("org-fp", "CL", NOW, TIMEOUT).agreed(NOW);
        assertThat(m.stage()).isEqualTo(MatchStage.AGREED);
        assertThat(m.version()).isEqualTo(5);
        assertThat(m.introducedBy()).isEqualTo("org-fp");
        assertThat(m.expiresAt()).isNull();
    }

    @Test
    void refusesStepsOutOfOrder() {
        assertThatThrownBy(() -> suggested().agreed(NOW)).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> suggested().introduced("org-fp", "CL", NOW, TIMEOUT)).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> suggested().declined(NOW).declined(NOW)).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> suggested().expired(NOW)).isInstanceOf(LifecycleViolation.class);
    }

    @Test
    void expiresOnlyWhenOverdueAndOpen() {
        assertThat(suggested().expired(NOW.plus(TIMEOUT)).stage()).isEqualTo(MatchStage.EXPIRED);
        assertThatThrownBy(() -> suggested().declined(NOW).expired(NOW.plus(TIMEOUT.multipliedBy(2))))
                .isInstanceOf(LifecycleViolation.class);
    }

    @Test
    void theOtherNodesStepAppliesOnceNeverBackwardsAndNeverReopens() {
        Match introduced = suggested().peerStep(MatchStage.INTRODUCED, "VN", 4, NOW, TIMEOUT).orElseThrow();
        assertThat(introduced.stage()).isEqualTo(MatchStage.INTRODUCED);
        assertThat(introduced.brokerEconomy()).isEqualTo("VN");
        assertThat(introduced.peerSequence()).isEqualTo(4);
        assertThat(introduced.version()).isEqualTo(2);

        assertThat(introduced.peerStep(MatchStage.INTRODUCED, "VN", 4, NOW, TIMEOUT)).isEmpty();
        assertThat(introduced.peerStep(MatchStage.INTERESTED, null, 5, NOW, TIMEOUT)).isEmpty();
        Match declined = introduced.peerStep(MatchStage.DECLINED, "VN", 6, NOW, TIMEOUT).orElseThrow();
        assertThat(declined.expiresAt()).isNull();
        assertThat(declined.peerStep(MatchStage.AGREED, "VN", 7, NOW, TIMEOUT)).isEmpty();
    }

    @Test
    void opportunitiesAreReadAsWhatTheyAskForOrOffer() {
        Profile buy = OpportunityNeeds.profile("opp-1", "CL", org.smenet.contracts.opportunities.OpportunityKind.BUY_REQUEST,
                List.of("0902"), List.of(), List.of("VN"), null, List.of("es"), null);
        assertThat(buy.hsSought()).containsExactly("0902");
        assertThat(buy.hsOffered()).isEmpty();
        assertThat(buy.cooperationSought()).containsExactly(org.smenet.contracts.registry.CooperationType.SUPPLY);
        Profile sell = OpportunityNeeds.profile("opp-2", "VN", org.smenet.contracts.opportunities.OpportunityKind.SELL_OFFER,
                List.of("090240"), List.of(), List.of(), org.smenet.contracts.registry.CooperationType.LICENSING, List.of(),
                null);
        assertThat(sell.hsOffered()).containsExactly("090240");
        assertThat(sell.cooperationOffered()).contains(org.smenet.contracts.registry.CooperationType.SUPPLY,
                org.smenet.contracts.registry.CooperationType.LICENSING);
        assertThat(sell.cooperationSought()).containsExactly(org.smenet.contracts.registry.CooperationType.DISTRIBUTION);
    }
}

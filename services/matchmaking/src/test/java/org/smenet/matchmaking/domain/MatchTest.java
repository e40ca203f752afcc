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
}

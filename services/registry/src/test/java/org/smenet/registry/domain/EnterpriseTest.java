package org.smenet.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.SizeClass;

class EnterpriseTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Enterprise registered(boolean publicProfile) {
        var profile = new EnterpriseProfile("Andes Coffee", SizeClass.SMALL, 2001, List.of("1079"), List.of("090111"),
                List.of(), List.of(CooperationType.DISTRIBUTION), List.of(), List.of("VN"), List.of(), List.of("es"),
                null, publicProfile);
        return Enterprise.register("e-1", "CL", "76.123.456-7", "org-cl-sme-1", profile, null, NOW);
    }

    @Test
    void registeredEnterpriseIsVerifiedOnceAndThenPublicToTheNetwork() {
        Enterprise verified = registered(true).verify("org-cl-fp-1", NOW);

        assertThat(verified.status()).isEqualTo(EnterpriseStatus.VERIFIED);
        assertThat(verified.version()).isEqualTo(2);
        assertThat(verified.networkPublic()).isTrue();
        assertThatThrownBy(() -> verified.verify("org-cl-fp-1", NOW))
                .isInstanceOf(LifecycleViolation.class)
                .extracting(e -> ((LifecycleViolation) e).rule()).isEqualTo("already-verified");
    }

    @Test
    void privateProfileIsNeverNetworkPublic() {
        assertThat(registered(false).verify("fp", NOW).networkPublic()).isFalse();
    }

    @Test
    void suspensionHidesAndReinstatementRestoresTheVerifiedState() {
        Enterprise suspended = registered(true).verify("fp", NOW).suspend();
        assertThat(suspended.networkPublic()).isFalse();

        Enterprise reinstated = suspended.reinstate();
        assertThat(reinstated.status()).isEqualTo(EnterpriseStatus.VERIFIED);
        assertThat(registered(true).suspend().reinstate().status()).isEqualTo(EnterpriseStatus.REGISTERED);
    }

    @Test
    void deactivatedEnterpriseAllowsNoFurtherTransition() {
        Enterprise gone = registered(true).deactivate();

        assertThatThrownBy(gone::suspend).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(gone::reinstate).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> gone.verify("fp", NOW)).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(gone::deactivate).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> gone.join("c-1")).isInstanceOf(LifecycleViolation.class);
    }

    @Test
    void reinstatingAnEnterpriseThatIsNotSuspendedIsRefused() {
        assertThatThrownBy(() -> registered(true).reinstate())
                .isInstanceOf(LifecycleViolation.class)
                .hasMessageContaining("REGISTERED");
    }

    @Test
    void joinsAClusterOnceAndLeavesIt() {
        Enterprise member = registered(true).join("c-1");
        assertThat(member.clusters()).containsExactly("c-1");
        assertThatThrownBy(() -> member.join("c-1")).isInstanceOf(LifecycleViolation.class);
        assertThat(member.leave("c-1").clusters()).isEmpty();
        assertThatThrownBy(() -> member.leave("c-2")).isInstanceOf(LifecycleViolation.class);
    }
}

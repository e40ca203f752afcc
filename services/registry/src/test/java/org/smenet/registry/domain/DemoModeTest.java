package org.smenet.registry.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.node.NodeProperties;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.app.DemoData;

class DemoModeTest {

    @Test
    void demoDataIsRefusedOnANodeNotInDemoModeEvenToTheOperator() {
        var hosted = new HostedEconomies(new NodeProperties(List.of("CL"), false, Map.of()), new ReferenceData());
        var demoData = new DemoData(null, null, null, null, hosted, null);

        assertThatThrownBy(() -> demoData.economiesFor(new Actor("t", "CL", "org-network-operator",
                Set.of(Role.NETWORK_OPERATOR))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> org.assertj.core.api.Assertions.assertThat(v.kind())
                        .isEqualTo("not-in-demo-mode"));
    }
}

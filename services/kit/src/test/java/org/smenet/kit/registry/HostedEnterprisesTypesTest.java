package org.smenet.kit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.RegistryEvents;

/** The status types come from the registry's metadata; they are the four the listeners used to list by hand. */
class HostedEnterprisesTypesTest {

    @Test
    void theStatusTypesAreExactlyVerifiedSuspendedReinstatedAndDeactivated() {
        assertThat(HostedEnterprises.STATUS_TYPES).containsExactlyInAnyOrder(
                RegistryEvents.ENTERPRISE_VERIFIED.type(),
                RegistryEvents.ENTERPRISE_SUSPENDED.type(),
                RegistryEvents.ENTERPRISE_REINSTATED.type(),
                RegistryEvents.ENTERPRISE_DEACTIVATED.type());
    }

    @Test
    void theDefaultListenerIdAndGroupAreTheServicesEnterprisesGroup() {
        // training-enterprises and consultation-enterprises before the kit took over: their offsets carry over
        assertThat(HostedEnterprises.GROUP).isEqualTo("${smenet.enterprises.group:${spring.application.name}-enterprises}");
    }
}

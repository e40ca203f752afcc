package org.smenet.contracts.registry;

import java.time.Instant;

public record EnterpriseRegistered(
        String enterpriseId,
        String economy,
        String registrationNumber,
        String ownerOrg,
        EnterpriseProfile profile,
        Instant registeredAt) {
}

package org.smenet.contracts.registry;

import java.time.Instant;

public record EnterpriseProfileUpdated(
        String enterpriseId,
        String economy,
        EnterpriseProfile profile,
        Instant updatedAt) {
}

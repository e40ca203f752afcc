package org.smenet.contracts.registry;

import java.time.Instant;

/** Carried by the verified, suspended, reinstated and deactivated event types. */
public record EnterpriseStatusChanged(
        String enterpriseId,
        String economy,
        String status,
        String actorOrg,
        String reason,
        Instant at) {
}

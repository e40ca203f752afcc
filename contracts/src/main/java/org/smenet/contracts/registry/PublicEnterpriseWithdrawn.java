package org.smenet.contracts.registry;

import java.time.Instant;

/** The enterprise is no longer visible to the network (unverified, suspended, deactivated or made private). */
public record PublicEnterpriseWithdrawn(String enterpriseId, String economy, Instant withdrawnAt) {
}

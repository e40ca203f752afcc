package org.smenet.contracts.consultation;

import java.time.Instant;

/** An expert group's review note on a consultation (one per group and consultation). */
public record ReviewNoted(
        String groupId,
        String economy,
        String consultationId,
        String authorOrg,
        String note,
        Instant at) {
}

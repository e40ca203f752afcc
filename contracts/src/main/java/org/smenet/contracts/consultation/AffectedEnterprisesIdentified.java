package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;

/**
 * When a consultation opens: the enterprises (from this service's read model of the registry's
 * enterprise events) whose codes it affects, so that notifications can reach them.
 */
public record AffectedEnterprisesIdentified(
        String consultationId,
        String economy,
        List<AffectedEnterprise> enterprises,
        Instant at) {
}

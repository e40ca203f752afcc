package org.smenet.contracts.registry;

import java.time.Instant;
import java.util.List;

/**
 * The network-public projection of a verified enterprise whose owner made its profile public. This is
 * what other economies see; it has no contact details.
 */
public record PublicEnterpriseProfile(
        String enterpriseId,
        String economy,
        EnterpriseProfile profile,
        List<String> clusters,
        Instant verifiedAt,
        Instant publishedAt) {
}

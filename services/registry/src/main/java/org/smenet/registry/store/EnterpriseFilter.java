package org.smenet.registry.store;

import org.smenet.contracts.registry.CooperationType;

/**
 * What a list of enterprises may be narrowed by. {@code onlyNetworkPublic} is set by tenancy, not by
 * the caller: actors of another economy see only verified public profiles.
 */
public record EnterpriseFilter(
        String economy,
        String isic,
        String hs,
        CooperationType cooperation,
        String cluster,
        Boolean verified,
        String nameContains,
        boolean onlyNetworkPublic) {
}

package org.smenet.training.store;

import org.smenet.contracts.registry.EnterpriseProfile;

/** What the training service knows of an enterprise of a hosted economy, from the registry's events. */
public record KnownEnterprise(String id, String economy, String ownerOrg, String status, EnterpriseProfile profile) {

    public boolean active() {
        return !"DEACTIVATED".equals(status) && !"SUSPENDED".equals(status);
    }
}

package org.smenet.registry.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.events.Versioned;

/**
 * An SME in its economy's registry. Registered by its owner organisation, verified by a focal point of
 * the same economy, then possibly suspended (and reinstated) or deactivated for good.
 */
public record Enterprise(
        String id,
        long version,
        String economy,
        String registrationNumber,
        String ownerOrg,
        EnterpriseProfile profile,
        Contact contact,
        EnterpriseStatus status,
        Instant registeredAt,
        Instant verifiedAt,
        String verifiedBy,
        List<String> clusters) implements Versioned {

    /** The private contact: seen only by the enterprise itself and its economy's focal points. */
    public record Contact(String name, String email, String phone) {
    }

    public static Enterprise register(String id, String economy, String registrationNumber, String ownerOrg,
            EnterpriseProfile profile, Contact contact, Instant now) {
        return new Enterprise(id, 1, economy, registrationNumber, ownerOrg, profile, contact,
                EnterpriseStatus.REGISTERED, now, null, null, List.of());
    }

    /**
     * Whether this enterprise holds its registration number in its economy: once a focal point verified
     * it, until it is deactivated. Unverified claims on the same number may coexist (someone may have
     * typed the number first); at most one verified, active enterprise holds it.
     */
    public boolean holdsRegistrationNumber() {
        return verifiedAt != null && status != EnterpriseStatus.DEACTIVATED;
    }

    /** Visible to other economies: verified, and its owner chose a public profile. */
    public boolean networkPublic() {
        return status == EnterpriseStatus.VERIFIED && profile.publicProfile();
    }

    public Enterprise withProfile(EnterpriseProfile newProfile, Contact newContact) {
        requireNot(EnterpriseStatus.DEACTIVATED, "deactivated", "a deactivated enterprise cannot be changed");
        return copy(version + 1, newProfile, newContact, status, verifiedAt, verifiedBy, clusters);
    }

    public Enterprise verify(String focalPointOrg, Instant now) {
        if (status == EnterpriseStatus.VERIFIED) {
            throw new LifecycleViolation("already-verified", "enterprise " + id + " is already verified");
        }
        if (status != EnterpriseStatus.REGISTERED) {
            throw new LifecycleViolation("transition-not-allowed",
                    "only a registered enterprise can be verified; this one is " + status);
        }
        return copy(version + 1, profile, contact, EnterpriseStatus.VERIFIED, now, focalPointOrg, clusters);
    }

    public Enterprise suspend() {
        if (status != EnterpriseStatus.REGISTERED && status != EnterpriseStatus.VERIFIED) {
            throw new LifecycleViolation("transition-not-allowed",
                    "only a registered or verified enterprise can be suspended; this one is " + status);
        }
        return copy(version + 1, profile, contact, EnterpriseStatus.SUSPENDED, verifiedAt, verifiedBy, clusters);
    }

    /** Back to verified if it had been verified before the suspension, else to registered. */
    public Enterprise reinstate() {
        if (status != EnterpriseStatus.SUSPENDED) {
            throw new LifecycleViolation("transition-not-allowed",
                    "only a suspended enterprise can be reinstated; this one is " + status);
        }
        EnterpriseStatus back = verifiedAt != null ? EnterpriseStatus.VERIFIED : EnterpriseStatus.REGISTERED;
        return copy(version + 1, profile, contact, back, verifiedAt, verifiedBy, clusters);
    }

    public Enterprise deactivate() {
        requireNot(EnterpriseStatus.DEACTIVATED, "already-deactivated", "enterprise " + id + " is already deactivated");
        return copy(version + 1, profile, contact, EnterpriseStatus.DEACTIVATED, verifiedAt, verifiedBy, List.of());
    }

    public Enterprise join(String clusterId) {
        requireNot(EnterpriseStatus.DEACTIVATED, "deactivated", "a deactivated enterprise cannot join a cluster");
        if (clusters.contains(clusterId)) {
            throw new LifecycleViolation("already-member", "enterprise " + id + " is already in cluster " + clusterId);
        }
        List<String> joined = new ArrayList<>(clusters);
        joined.add(clusterId);
        return copy(version + 1, profile, contact, status, verifiedAt, verifiedBy, List.copyOf(joined));
    }

    public Enterprise leave(String clusterId) {
        if (!clusters.contains(clusterId)) {
            throw new LifecycleViolation("not-a-member", "enterprise " + id + " is not in cluster " + clusterId);
        }
        List<String> left = new ArrayList<>(clusters);
        left.remove(clusterId);
        return copy(version + 1, profile, contact, status, verifiedAt, verifiedBy, List.copyOf(left));
    }

    private void requireNot(EnterpriseStatus forbidden, String rule, String message) {
        if (status == forbidden) {
            throw new LifecycleViolation(rule, message);
        }
    }

    private Enterprise copy(long newVersion, EnterpriseProfile newProfile, Contact newContact,
            EnterpriseStatus newStatus, Instant newVerifiedAt, String newVerifiedBy, List<String> newClusters) {
        return new Enterprise(id, newVersion, economy, registrationNumber, ownerOrg, newProfile, newContact,
                newStatus, registeredAt, newVerifiedAt, newVerifiedBy, newClusters);
    }
}

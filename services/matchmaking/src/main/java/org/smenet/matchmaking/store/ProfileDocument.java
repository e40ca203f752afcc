package org.smenet.matchmaking.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.matchmaking.domain.Profile;
import org.springframework.data.annotation.Id;

/**
 * An enterprise as matchmaking's read model keeps it, built only from the registry's events: the
 * profile, its owner organisation (known only for this node's economies), its status, whether it is
 * network-public, and the sequence of the last event applied. Fields may be missing while a status event has
 * arrived before the profile (a rebuild from the topics replays partitions in any order).
 */
public record ProfileDocument(
        @Id String id,
        long sequence,
        String economy,
        String ownerOrg,
        String legalName,
        List<String> isicCodes,
        List<String> hsOffered,
        List<String> hsSought,
        List<CooperationType> cooperationOffered,
        List<CooperationType> cooperationSought,
        List<String> targetEconomies,
        List<String> certifications,
        List<String> languages,
        Boolean publicProfile,
        String status,
        boolean hosted,
        String origin,
        Instant changedAt) {

    public static final String COLLECTION = "profiles";

    /** Active (not suspended, deactivated or withdrawn) and known by its profile. */
    public boolean active() {
        return legalName != null && ("REGISTERED".equals(status) || "VERIFIED".equals(status));
    }

    /** Whether others may be shown this enterprise as a partner: active and network-public. */
    public boolean suggestible() {
        return active() && Boolean.TRUE.equals(publicProfile);
    }

    public Profile toProfile() {
        return new Profile(id, economy, isicCodes, hsOffered, hsSought,
                cooperationOffered == null || cooperationOffered.isEmpty() ? EnumSet.noneOf(CooperationType.class)
                        : EnumSet.copyOf(cooperationOffered),
                cooperationSought == null || cooperationSought.isEmpty() ? EnumSet.noneOf(CooperationType.class)
                        : EnumSet.copyOf(cooperationSought),
                targetEconomies, certifications, List.of(), languages, "VERIFIED".equals(status),
                changedAt == null ? null : changedAt.atZone(ZoneOffset.UTC).toLocalDate());
    }
}

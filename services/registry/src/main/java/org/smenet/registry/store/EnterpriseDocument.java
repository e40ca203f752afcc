package org.smenet.registry.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.EnterpriseStatus;
import org.springframework.data.annotation.Id;

/**
 * An enterprise as stored: the aggregate plus the fields derived from it: search fields (HS and ISIC
 * codes with all their ancestors, so a filter on a chapter finds its subheadings) and the
 * registration-number claim of a verified, active enterprise. The {@code outbox} array
 * lives in the same document but is only touched by the kit's writer and relay.
 */
public record EnterpriseDocument(
        @Id String id,
        long version,
        String economy,
        String registrationNumber,
        String ownerOrg,
        EnterpriseProfile profile,
        Enterprise.Contact contact,
        EnterpriseStatus status,
        Instant registeredAt,
        Instant verifiedAt,
        String verifiedBy,
        List<String> clusters,
        boolean networkPublic,
        List<String> hsIndex,
        List<String> isicIndex,
        String legalNameLower,
        String registrationClaim) {

    public static final String COLLECTION = "enterprises";

    static EnterpriseDocument of(Enterprise e, List<String> hsIndex, List<String> isicIndex) {
        return new EnterpriseDocument(e.id(), e.version(), e.economy(), e.registrationNumber(), e.ownerOrg(),
                e.profile(), e.contact(), e.status(), e.registeredAt(), e.verifiedAt(), e.verifiedBy(), e.clusters(),
                e.networkPublic(), hsIndex, isicIndex, e.profile().legalName().toLowerCase(Locale.ROOT),
                e.holdsRegistrationNumber() ? claim(e.economy(), e.registrationNumber()) : null);
    }

    /**
     * Set only while the enterprise holds its registration number (verified and active) and unset
     * otherwise: a sparse unique index on it allows many unverified claims and one holder.
     */
    static String claim(String economy, String registrationNumber) {
        return economy + "|" + registrationNumber;
    }

    Enterprise toDomain() {
        return new Enterprise(id, version, economy, registrationNumber, ownerOrg, profile, contact, status,
                registeredAt, verifiedAt, verifiedBy, clusters == null ? List.of() : clusters);
    }
}

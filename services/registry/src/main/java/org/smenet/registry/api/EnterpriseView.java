package org.smenet.registry.api;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.EnterpriseStatus;
import org.smenet.registry.domain.RegistryAccess;
import org.smenet.registry.store.EarnedCertificates;

/** An enterprise as the API shows it; {@code contact} only to the enterprise and its focal points. */
public record EnterpriseView(
        String id,
        long version,
        String economy,
        String economyName,
        String registrationNumber,
        EnterpriseStatus status,
        EnterpriseProfile profile,
        Enterprise.Contact contact,
        List<String> clusters,
        Instant registeredAt,
        Instant verifiedAt,
        boolean networkPublic,
        List<CertificateView> certificates) {

    /** A certificate the enterprise earned in training (an Open Badges credential the training service verifies). */
    public record CertificateView(String certificateId, String achievement, String topic, String certification,
            Instant issuedAt, Instant validUntil) {

        static CertificateView of(EarnedCertificates.Entry e) {
            return new CertificateView(e.certificateId(), e.achievement(), e.topic(), e.certification(), e.issuedAt(),
                    e.validUntil());
        }
    }

    /** What {@code actor} may see of {@code e}: the contact only if tenancy allows it. */
    static EnterpriseView of(Enterprise e, Actor actor, RegistryAccess access, ReferenceData reference,
            List<EarnedCertificates.Entry> certificates) {
        boolean withContact = access.canSeeContact(actor, e);
        return new EnterpriseView(e.id(), e.version(), e.economy(), reference.economyName(e.economy()).orElse(e.economy()),
                e.registrationNumber(), e.status(), e.profile(), withContact ? e.contact() : null, e.clusters(),
                e.registeredAt(), e.verifiedAt(), e.networkPublic(),
                certificates == null ? List.of() : certificates.stream().map(CertificateView::of).toList());
    }
}

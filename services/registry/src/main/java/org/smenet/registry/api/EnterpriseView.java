package org.smenet.registry.api;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.EnterpriseStatus;
import org.smenet.registry.domain.RegistryAccess;

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
        boolean networkPublic) {

    /** What {@code actor} may see of {@code e}: the contact only if tenancy allows it. */
    static EnterpriseView of(Enterprise e, Actor actor, RegistryAccess access, ReferenceData reference) {
        boolean withContact = access.canSeeContact(actor, e);
        return new EnterpriseView(e.id(), e.version(), e.economy(), reference.economyName(e.economy()).orElse(e.economy()),
                e.registrationNumber(), e.status(), e.profile(), withContact ? e.contact() : null, e.clusters(),
                e.registeredAt(), e.verifiedAt(), e.networkPublic());
    }
}

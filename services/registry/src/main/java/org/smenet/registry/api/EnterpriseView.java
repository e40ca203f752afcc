package org.smenet.registry.api;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.registry.domain.Enterprise;
import org.smenet.registry.domain.EnterpriseStatus;

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

    static EnterpriseView of(Enterprise e, String economyName, boolean withContact) {
        return new EnterpriseView(e.id(), e.version(), e.economy(), economyName, e.registrationNumber(), e.status(),
                e.profile(), withContact ? e.contact() : null, e.clusters(), e.registeredAt(), e.verifiedAt(),
                e.networkPublic());
    }
}

package org.smenet.registry.api;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.kit.security.Actor;
import org.smenet.registry.domain.FocalPoint;
import org.smenet.registry.domain.RegistryAccess;

/**
 * A focal point as the API shows it. The institution's public channel (its website) is for everyone;
 * its named people's e-mail and phone only for that economy's focal points and administrators.
 */
public record FocalPointView(
        String id,
        long version,
        String economy,
        String name,
        FocalPointKind kind,
        List<FocalPointFunction> functions,
        String org,
        String website,
        List<ContactPersonView> contacts,
        boolean active,
        Instant designatedAt,
        Instant revokedAt) {

    public record ContactPersonView(String name, String role, String email, String phone) {
    }

    static FocalPointView of(FocalPoint f, Actor actor, RegistryAccess access) {
        boolean reachable = access.canSeeFocalPointContacts(actor, f);
        List<ContactPersonView> contacts = f.contacts() == null ? List.of() : f.contacts().stream()
                .map(c -> new ContactPersonView(c.name(), c.role(), reachable ? c.email() : null,
                        reachable ? c.phone() : null))
                .toList();
        return new FocalPointView(f.id(), f.version(), f.economy(), f.name(), f.kind(), f.functions(), f.org(),
                f.website(), contacts, f.active(), f.designatedAt(), f.revokedAt());
    }
}

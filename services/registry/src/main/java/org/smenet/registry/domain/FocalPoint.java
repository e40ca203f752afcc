package org.smenet.registry.domain;

import java.time.Instant;
import org.smenet.kit.events.Versioned;
import java.util.List;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;

/**
 * An institution an economy designates to promote and facilitate SME clusters: a government agency,
 * a trade and investment promotion agency, an apex chamber or an SME centre.
 */
public record FocalPoint(
        String id,
        long version,
        String economy,
        String name,
        FocalPointKind kind,
        List<FocalPointFunction> functions,
        String org,
        String website,
        List<ContactPerson> contacts,
        boolean active,
        Instant designatedAt,
        Instant revokedAt) implements Versioned {

    public record ContactPerson(String name, String role, String email, String phone) {
    }

    public FocalPoint revoke(Instant now) {
        if (!active) {
            throw new LifecycleViolation("already-revoked", "focal point " + id + " is already revoked");
        }
        return new FocalPoint(id, version + 1, economy, name, kind, functions, org, website, contacts, false,
                designatedAt, now);
    }
}

package org.smenet.registry.domain;

import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;

/**
 * Tenancy and roles in the registry. The acting economy is always the token's: an actor of economy X
 * changes only what belongs to X.
 */
public final class RegistryAccess {

    private RegistryAccess() {
    }

    public static boolean owns(Actor actor, Enterprise e) {
        return actor.has(Role.SME) && actor.actsFor(e.economy()) && actor.org() != null
                && actor.org().equals(e.ownerOrg());
    }

    public static boolean isFocalPointOf(Actor actor, String economy) {
        return actor.has(Role.FOCAL_POINT) && actor.actsFor(economy);
    }

    public static boolean canRegister(Actor actor) {
        return actor.has(Role.SME) && actor.economy() != null && actor.org() != null;
    }

    public static boolean canEditProfile(Actor actor, Enterprise e) {
        return owns(actor, e);
    }

    /** Verify, suspend and reinstate: a focal point of the enterprise's economy. */
    public static boolean canModerate(Actor actor, Enterprise e) {
        return isFocalPointOf(actor, e.economy());
    }

    public static boolean canDeactivate(Actor actor, Enterprise e) {
        return owns(actor, e) || isFocalPointOf(actor, e.economy())
                || (actor.has(Role.ECONOMY_ADMIN) && actor.actsFor(e.economy()));
    }

    public static boolean canChangeMembership(Actor actor, Enterprise e) {
        return owns(actor, e) || isFocalPointOf(actor, e.economy());
    }

    /** Own economy sees all its enterprises; others see only network-public ones. */
    public static boolean canSee(Actor actor, Enterprise e) {
        return actor.actsFor(e.economy()) || e.networkPublic();
    }

    public static boolean canSeeContact(Actor actor, Enterprise e) {
        return owns(actor, e) || isFocalPointOf(actor, e.economy());
    }

    public static boolean canDesignateFocalPoints(Actor actor) {
        return actor.has(Role.ECONOMY_ADMIN) && actor.economy() != null;
    }

    public static boolean canFormClusters(Actor actor) {
        return actor.hasAny(Role.FOCAL_POINT, Role.ECONOMY_ADMIN) && actor.economy() != null;
    }

    public static boolean canSeedDemoData(Actor actor) {
        return actor.hasAny(Role.NETWORK_OPERATOR, Role.ECONOMY_ADMIN);
    }
}

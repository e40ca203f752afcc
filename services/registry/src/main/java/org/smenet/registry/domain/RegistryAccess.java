package org.smenet.registry.domain;

import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;

/**
 * Tenancy and authority in the registry. The acting economy is always the token's: an actor of economy
 * X changes only what belongs to X. A focal point's power comes from its standing designation (the
 * {@link Standing} the kit keeps from the registry's events), never from the role string alone.
 */
public final class RegistryAccess {

    /** Whether the actor's organisation is a designated, unrevoked focal point of an economy. */
    @FunctionalInterface
    public interface Standing {
        /** {@code function} null: any function. */
        boolean isFocalPoint(Actor actor, String economy, FocalPointFunction function);
    }

    private final Standing standing;

    public RegistryAccess(Standing standing) {
        this.standing = standing;
    }

    public boolean owns(Actor actor, Enterprise e) {
        return actor.has(Role.SME) && actor.actsFor(e.economy()) && actor.org() != null
                && actor.org().equals(e.ownerOrg());
    }

    public boolean isFocalPointOf(Actor actor, String economy) {
        return standing.isFocalPoint(actor, economy, null);
    }

    public boolean isAdminOf(Actor actor, String economy) {
        return actor.has(Role.ECONOMY_ADMIN) && actor.actsFor(economy);
    }

    public boolean canRegister(Actor actor) {
        return actor.has(Role.SME) && actor.economy() != null && actor.org() != null;
    }

    public boolean canEditProfile(Actor actor, Enterprise e) {
        return owns(actor, e);
    }

    /** Verify, suspend and reinstate: a focal point of the enterprise's economy designated to verify. */
    public boolean canModerate(Actor actor, Enterprise e) {
        return standing.isFocalPoint(actor, e.economy(), FocalPointFunction.VERIFICATION);
    }

    public boolean canDeactivate(Actor actor, Enterprise e) {
        return owns(actor, e) || canModerate(actor, e) || isAdminOf(actor, e.economy());
    }

    public boolean canChangeMembership(Actor actor, Enterprise e) {
        return owns(actor, e) || isFocalPointOf(actor, e.economy());
    }

    /** Own economy sees all its enterprises; others see only network-public ones. */
    public boolean canSee(Actor actor, Enterprise e) {
        return actor.actsFor(e.economy()) || e.networkPublic();
    }

    public boolean canSeeContact(Actor actor, Enterprise e) {
        return owns(actor, e) || isFocalPointOf(actor, e.economy());
    }

    /** Named people's e-mail and phone of a focal point: its economy's focal points and administrators. */
    public boolean canSeeFocalPointContacts(Actor actor, FocalPoint f) {
        return isFocalPointOf(actor, f.economy()) || isAdminOf(actor, f.economy());
    }

    public boolean canDesignateFocalPoints(Actor actor) {
        return actor.has(Role.ECONOMY_ADMIN) && actor.economy() != null;
    }

    public boolean canFormClusters(Actor actor) {
        return (isFocalPointOf(actor, actor.economy()) || isAdminOf(actor, actor.economy())) && actor.economy() != null;
    }

    /** Demo data: the network operator, or the administrator of the economy the data is for. */
    public boolean canSeedDemoData(Actor actor, String economy) {
        return actor.has(Role.NETWORK_OPERATOR) || isAdminOf(actor, economy);
    }
}

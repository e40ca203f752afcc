package org.smenet.matchmaking.domain;

import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;

/**
 * Who may see and do what. An enterprise's own users are SMEs of its economy whose organisation owns it
 * (from the registry's {@code ownerOrg}); a broker is a focal point of the economy designated for
 * enterprise cooperation (the kit's designations, never the role alone). Nobody else sees an
 * enterprise's partners or matches.
 */
public final class MatchAccess {

    /** Whether the actor's organisation is a designated, unrevoked focal point of an economy. */
    @FunctionalInterface
    public interface Standing {
        boolean isFocalPoint(Actor actor, String economy, FocalPointFunction function);
    }

    private final Standing standing;

    public MatchAccess(Standing standing) {
        this.standing = standing;
    }

    public boolean owns(Actor actor, String economy, String ownerOrg) {
        return actor.has(Role.SME) && actor.actsFor(economy) && actor.org() != null && actor.org().equals(ownerOrg);
    }

    public boolean brokers(Actor actor, String economy) {
        return standing.isFocalPoint(actor, economy, FocalPointFunction.ENTERPRISE_COOPERATION);
    }

    /** The enterprise's own users and its economy's brokers see its partners and matches. */
    public boolean canSeeEnterprise(Actor actor, String economy, String ownerOrg) {
        return owns(actor, economy, ownerOrg) || brokers(actor, economy);
    }

    /** The two parties' users and the brokers of either party's economy see a match. */
    public boolean canSee(Actor actor, Match m) {
        return party(actor, m) || brokers(actor, m.enterpriseEconomy()) || brokers(actor, m.partnerEconomy());
    }

    /** Whether the actor acts for one of the two parties. */
    public boolean party(Actor actor, Match m) {
        return owns(actor, m.enterpriseEconomy(), m.enterpriseOrg()) || owns(actor, m.partnerEconomy(), m.partnerOrg());
    }
}

package org.smenet.kit.ops;

import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.kit.errors.RuleViolation;

/**
 * Who may use a service's operator endpoints (its status, parked outbox events, parked dead-letter records), and
 * over what: a network operator of this node over every economy, an economy admin of a hosted economy over its own.
 */
public final class OperatorScope {

    private OperatorScope() {
    }

    /**
     * The economy {@code actor} acts for: null for a network operator (every economy), the admin's own hosted
     * economy for an economy admin; anyone else is refused ("Only a network operator or an economy admin
     * {@code does}").
     */
    public static String of(Actor actor, HostedEconomies hosted, String does) {
        hosted.requireHosted(actor);
        if (actor.has(Role.NETWORK_OPERATOR)) {
            return null;
        }
        if (actor.has(Role.ECONOMY_ADMIN)) {
            return actor.economy();
        }
        throw RuleViolation.forbidden("Only a network operator or an economy admin " + does);
    }
}

package org.smenet.kit.node;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.springframework.http.HttpStatus;

/**
 * The economies this node hosts. It writes and publishes only for them: everything of another economy
 * arrives read-only through federation, and a token of a non-hosted economy writes nothing here.
 */
public class HostedEconomies {

    private final Set<String> economies;
    private final boolean demo;

    public HostedEconomies(NodeProperties properties, ReferenceData reference) {
        if (properties.economies().isEmpty()) {
            throw new IllegalStateException("smenet.node.economies (SMENET_ECONOMIES) names no economy");
        }
        for (String economy : properties.economies()) {
            if (!reference.isApecEconomy(economy)) {
                throw new IllegalStateException("smenet.node.economies (SMENET_ECONOMIES): '" + economy
                        + "' is not the ISO alpha-2 code of an APEC economy");
            }
        }
        this.economies = Set.copyOf(new LinkedHashSet<>(properties.economies()));
        this.demo = properties.demo();
    }

    public boolean hosts(String economy) {
        return economy != null && economies.contains(economy);
    }

    public List<String> list() {
        return economies.stream().sorted().toList();
    }

    public boolean demoMode() {
        return demo;
    }

    /** Refuses a write for an economy this node does not host, with a problem that says so. */
    public void requireHosted(String economy) {
        if (!hosts(economy)) {
            throw new RuleViolation("economy-not-hosted", HttpStatus.FORBIDDEN, "economy",
                    "This node hosts " + String.join(", ", list()) + "; economy " + economy
                            + " writes on its own node, and its public records reach this one through federation");
        }
    }

    /** Refuses any write by an actor whose token names an economy this node does not host. */
    public void requireHosted(Actor actor) {
        requireHosted(actor.economy());
    }
}

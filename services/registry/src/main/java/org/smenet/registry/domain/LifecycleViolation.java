package org.smenet.registry.domain;

/** An action the lifecycle of an aggregate does not allow in its current state. */
public class LifecycleViolation extends RuntimeException {

    private final String rule;

    public LifecycleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable name of the rule that was broken, e.g. {@code already-verified}. */
    public String rule() {
        return rule;
    }
}

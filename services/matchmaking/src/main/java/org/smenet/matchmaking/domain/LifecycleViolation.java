package org.smenet.matchmaking.domain;

/** A lifecycle step out of order (409), naming the rule it broke. */
public class LifecycleViolation extends RuntimeException {

    private final String rule;

    public LifecycleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

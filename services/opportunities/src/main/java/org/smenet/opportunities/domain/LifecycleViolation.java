package org.smenet.opportunities.domain;

/** An action the lifecycle of an opportunity or an expression of interest does not allow now. */
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

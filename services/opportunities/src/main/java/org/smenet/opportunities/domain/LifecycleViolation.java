package org.smenet.opportunities.domain;

/** An action the lifecycle of an opportunity or an expression of interest does not allow now. */
public class LifecycleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public LifecycleViolation(String rule, String message) {
        this(rule, message, null);
    }

    /** A violation that names the field whose value forbids the action (e.g. {@code status}). */
    public LifecycleViolation(String rule, String message, String field) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}

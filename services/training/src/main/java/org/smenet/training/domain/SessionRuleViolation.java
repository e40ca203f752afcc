package org.smenet.training.domain;

/** A request that breaks a rule of a session's seats or a certificate's lifecycle: answered with 409. */
public class SessionRuleViolation extends RuntimeException {

    private final String rule;

    public SessionRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

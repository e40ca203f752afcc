package org.smenet.consultation.domain;

/** A step the consultation's or submission's state does not allow (submitting after closing…). */
public class LifecycleViolation extends RuntimeException {

    private final String kind;

    public LifecycleViolation(String kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}

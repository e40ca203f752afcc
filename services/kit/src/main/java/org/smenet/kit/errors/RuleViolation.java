package org.smenet.kit.errors;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the domain or of tenancy. Carries what the problem response needs:
 * a stable kind (the last segment of the problem {@code type} URI), the status, and the field or rule
 * at fault.
 */
public class RuleViolation extends RuntimeException {

    private final String kind;
    private final HttpStatus status;
    private final String field;

    public RuleViolation(String kind, HttpStatus status, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.status = status;
        this.field = field;
    }

    public static RuleViolation invalid(String field, String detail) {
        return new RuleViolation("invalid-field", HttpStatus.BAD_REQUEST, field, detail);
    }

    public static RuleViolation notFound(String what, String id) {
        return new RuleViolation("not-found", HttpStatus.NOT_FOUND, null, what + " " + id + " does not exist");
    }

    public static RuleViolation conflict(String kind, String field, String detail) {
        return new RuleViolation(kind, HttpStatus.CONFLICT, field, detail);
    }

    public static RuleViolation forbidden(String detail) {
        return new RuleViolation("forbidden", HttpStatus.FORBIDDEN, null, detail);
    }

    public String kind() {
        return kind;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}

package org.smenet.consultation.domain;

/** Input that breaks a rule of the consultation (an answer to no question, a choice outside the options…). */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

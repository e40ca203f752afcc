package org.smenet.training.domain;

/** Input that breaks a course or session rule, naming the field at fault: answered with 400. */
public class InvalidTraining extends RuntimeException {

    private final String field;

    public InvalidTraining(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

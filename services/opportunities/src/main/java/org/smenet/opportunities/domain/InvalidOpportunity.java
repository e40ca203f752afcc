package org.smenet.opportunities.domain;

/** A value the classifications or the opportunity rules reject; names the field. */
public class InvalidOpportunity extends RuntimeException {

    private final String field;

    public InvalidOpportunity(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.smenet.registry.domain;

/** A profile value that the classifications or the registry's rules reject; names the field. */
public class InvalidProfile extends RuntimeException {

    private final String field;

    public InvalidProfile(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.smenet.opportunities.domain;

/** A person to talk to; shown only to whom the rules allow. */
public record Contact(String name, String email, String phone) {
}

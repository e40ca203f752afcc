package org.smenet.opportunities.domain;

import org.smenet.contracts.opportunities.PublisherKind;

/** Who published an opportunity; the contact stays hidden until the publisher accepts an interest. */
public record Publisher(PublisherKind kind, String org, Contact contact) {
}

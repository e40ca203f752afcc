package org.smenet.contracts.training;

/** How a course is given; in-person and hybrid courses name a location. */
public enum Delivery {
    ONLINE, IN_PERSON, HYBRID
}

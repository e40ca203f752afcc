package org.smenet.kit.events;

/**
 * An aggregate as the stores see it: an id and a version that every change raises by one. Domain
 * records implement it by having these two components.
 */
public interface Versioned {

    String id();

    long version();
}

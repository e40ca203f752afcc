package org.smenet.kit.events;

import java.util.List;

/** The collections whose documents carry an {@code outbox} array; each service declares one bean. */
public record OutboxCollections(List<String> names) {

    public static final String FIELD = "outbox";

    public static OutboxCollections of(String... names) {
        return new OutboxCollections(List.of(names));
    }
}

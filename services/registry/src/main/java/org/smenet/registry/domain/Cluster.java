package org.smenet.registry.domain;

import java.time.Instant;
import org.smenet.kit.events.Versioned;

/**
 * A named group of SMEs of one economy by sector (an ISIC code) and region, coordinated by a focal
 * point. Membership is held on each enterprise, so joining is a single-document change.
 */
public record Cluster(
        String id,
        long version,
        String economy,
        String name,
        String sectorIsic,
        String region,
        String coordinatorFocalPointId,
        String description,
        Instant formedAt) implements Versioned {
}

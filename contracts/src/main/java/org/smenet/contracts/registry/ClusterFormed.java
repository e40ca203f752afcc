package org.smenet.contracts.registry;

import java.time.Instant;

public record ClusterFormed(
        String clusterId,
        String economy,
        String name,
        String sectorIsic,
        String region,
        String coordinatorFocalPointId,
        Instant formedAt) {
}

package org.smenet.registry.api;

import java.time.Instant;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.registry.app.ClusterService.ClusterWithMembers;
import org.smenet.registry.domain.Cluster;

/** A cluster as the API shows it, with its current number of members. */
public record ClusterView(
        String id,
        long version,
        String economy,
        String economyName,
        String name,
        String sectorIsic,
        String sectorName,
        String region,
        String coordinatorFocalPointId,
        String description,
        Instant formedAt,
        long members) {

    static ClusterView of(Cluster c, long members, ReferenceData reference) {
        return new ClusterView(c.id(), c.version(), c.economy(), reference.economyName(c.economy()).orElse(c.economy()),
                c.name(), c.sectorIsic(), reference.isic(c.sectorIsic()).map(ReferenceData.Code::description).orElse(null),
                c.region(), c.coordinatorFocalPointId(), c.description(), c.formedAt(), members);
    }

    static ClusterView of(ClusterWithMembers c, ReferenceData reference) {
        return of(c.cluster(), c.members(), reference);
    }
}

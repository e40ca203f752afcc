package org.smenet.consultation.api;

import java.time.Instant;
import java.util.List;
import org.smenet.consultation.domain.ExpertGroup;

/** An expert group, its members and its review notes. */
public record ExpertGroupView(String id, long version, String economy, String name, String sectorIsic,
        List<String> members, List<ReviewView> reviews, Instant formedAt) {

    public record ReviewView(String consultationId, String authorOrg, String note, Instant at) {
    }

    public static ExpertGroupView of(ExpertGroup g) {
        return new ExpertGroupView(g.id(), g.version(), g.economy(), g.name(), g.sectorIsic(), g.members(),
                g.reviews().stream().map(r -> new ReviewView(r.consultationId(), r.authorOrg(), r.note(), r.at()))
                        .toList(), g.formedAt());
    }
}

package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;

/** An expert group of a sector was formed; carries its members (organisation ids). */
public record ExpertGroupChanged(
        String groupId,
        String economy,
        String name,
        String sectorIsic,
        List<String> members,
        Instant at) {
}

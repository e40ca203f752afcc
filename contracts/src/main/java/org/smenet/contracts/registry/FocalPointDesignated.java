package org.smenet.contracts.registry;

import java.time.Instant;
import java.util.List;

public record FocalPointDesignated(
        String focalPointId,
        String economy,
        String name,
        FocalPointKind kind,
        List<FocalPointFunction> functions,
        String org,
        String website,
        Instant designatedAt) {
}

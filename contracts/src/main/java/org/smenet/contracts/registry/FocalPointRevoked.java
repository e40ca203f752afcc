package org.smenet.contracts.registry;

import java.time.Instant;

public record FocalPointRevoked(String focalPointId, String economy, String reason, Instant revokedAt) {
}

package org.smenet.contracts.matchmaking;

import java.time.Instant;

/**
 * A match moved on: interested, introduction requested, introduced, agreed, declined or expired
 * ({@code ce_type} says which; {@code stage} is the stage afterwards). {@code actorOrg} is the
 * organisation that acted (null when the node expired it).
 */
public record MatchStageChanged(
        String matchId,
        String economy,
        String enterpriseId,
        String partnerId,
        String stage,
        String actorOrg,
        Instant at) {
}

package org.smenet.contracts.matchmaking;

import java.time.Instant;

/**
 * A step of a cross-border match, published by the node of the side that took it on its public topic so
 * that the other side's node applies it to its own match of the pair: a party's interest, request for an
 * introduction, agreement or decline, or the introduction by a focal point of the publishing economy
 * ({@code brokerEconomy}, which must be the record's {@code economy}). {@code matchId} is derived from the
 * pair, so both nodes name the same match. Public: ids, economies and the stage only, never contacts,
 * organisations or reasons.
 */
public record MatchIntroduction(
        String matchId,
        String economy,
        String targetEconomy,
        String enterpriseId,
        String enterpriseEconomy,
        String partnerId,
        String partnerEconomy,
        String stage,
        String brokerEconomy,
        Instant at) {
}

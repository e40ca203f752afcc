package org.smenet.matchmaking.domain;

import java.util.List;

/** A partner suggested to one side, with its score (0–100) and every reason that makes it up. */
public record Suggestion(String partnerId, String partnerEconomy, double score, List<Reason> reasons) {
}

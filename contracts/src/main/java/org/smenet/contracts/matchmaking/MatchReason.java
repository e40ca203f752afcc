package org.smenet.contracts.matchmaking;

/**
 * One checkable reason of a match, seen from the match's {@code enterpriseId}: {@code kind} (which HS or
 * ISIC level met, which cooperation type fit, which market is targeted, ...), {@code direction}
 * ({@code YOU_SEEK}: the enterprise seeks {@code yours} and the partner offers {@code theirs};
 * {@code THEY_SEEK} the reverse; {@code YOURS}/{@code THEIRS}/{@code BOTH}: a trait) and the points it
 * added.
 */
public record MatchReason(String kind, String direction, String yours, String theirs, double weight) {
}

package org.smenet.matchmaking.domain;

/**
 * One checkable reason of a suggestion, seen from the side that asked: {@code direction} says whose need
 * meets whose offer ({@code YOU_SEEK}: you seek {@code yours}, they offer {@code theirs};
 * {@code THEY_SEEK}: the reverse; {@code BOTH}: a shared trait), and {@code weight} what it added.
 */
public record Reason(Kind kind, Direction direction, String yours, String theirs, double weight) {

    public enum Kind {
        HS_SUBHEADING, HS_HEADING, HS_CHAPTER, ISIC_CLASS, ISIC_GROUP, ISIC_DIVISION, COOPERATION, TARGET_MARKET,
        CERTIFICATION, LANGUAGE, VERIFIED, RECENT_ACTIVITY
    }

    /** Whose need meets whose offer, or whose trait it is ({@code YOURS}, {@code THEIRS}, {@code BOTH}). */
    public enum Direction {
        YOU_SEEK, THEY_SEEK, YOURS, THEIRS, BOTH;

        Direction reversed() {
            return switch (this) {
                case YOU_SEEK -> THEY_SEEK;
                case THEY_SEEK -> YOU_SEEK;
                case YOURS -> THEIRS;
                case THEIRS -> YOURS;
                case BOTH -> BOTH;
            };
        }
    }

    /** The same reason seen from the other side of the pair. */
    public Reason reversed() {
        return new Reason(kind, direction.reversed(), theirs, yours, weight);
    }
}

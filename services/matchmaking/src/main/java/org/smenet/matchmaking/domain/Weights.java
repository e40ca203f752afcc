package org.smenet.matchmaking.domain;

/**
 * What each kind of complementarity is worth, in points; a pair's score is their sum, capped at 100.
 * HS codes count once per code sought (its best meeting with the other side's offers), in both
 * directions; ISIC counts once for the closest pair of activities; recent activity decays linearly from
 * {@code activeDays} to {@code staleDays} since the last change.
 */
public record Weights(
        double hsSubheading,
        double hsHeading,
        double hsChapter,
        double isicClass,
        double isicGroup,
        double isicDivision,
        double cooperation,
        double targetMarket,
        double certification,
        double language,
        double verified,
        double recentActivity,
        int activeDays,
        int staleDays) {

    public static Weights defaults() {
        return new Weights(12, 7, 2, 4, 2.5, 1, 6, 4, 3, 2, 1.5, 1.5, 90, 365);
    }

    public double hs(int meet) {
        return switch (meet) {
            case Codes.EXACT -> hsSubheading;
            case Codes.MIDDLE -> hsHeading;
            case Codes.TOP -> hsChapter;
            default -> 0;
        };
    }

    public double isic(int meet) {
        return switch (meet) {
            case Codes.EXACT -> isicClass;
            case Codes.MIDDLE -> isicGroup;
            case Codes.TOP -> isicDivision;
            default -> 0;
        };
    }

    /** The activity points of a side whose last change was {@code ageDays} ago. */
    public double activity(long ageDays) {
        if (ageDays <= activeDays) {
            return recentActivity;
        }
        if (ageDays >= staleDays) {
            return 0;
        }
        return recentActivity * (staleDays - ageDays) / (double) (staleDays - activeDays);
    }
}

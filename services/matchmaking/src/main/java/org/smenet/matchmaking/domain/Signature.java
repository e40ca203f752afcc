package org.smenet.matchmaking.domain;

/**
 * What a query needs to know of a candidate to bound its score, packed in one long and kept inline in
 * every posting of the candidate: cooperation offered and sought (exact), economy (exact below 63),
 * verified, how many HS codes it seeks and certifications it requires (exact below 15), the day of its
 * last activity, and the economies it targets (hashed into 19 bits, so a bit set may be a collision: the
 * bound only ever errs upward).
 *
 * <pre>
 * bits  0–6  cooperation offered     7–13 cooperation sought     14–19 economy id (63: other)
 * bit  20    verified               21–24 HS codes sought (15: 15 or more)
 * 25–28 certifications required (15: 15 or more)      29–44 last activity, epoch day (0: never)
 * 45–63 target economies, bit (economy id mod 19)
 * </pre>
 */
final class Signature {

    static final int OTHER_ECONOMY = 63;
    static final int MANY = 15;
    private static final int TARGET_BITS = 19;

    private Signature() {
    }

    static long of(Entry e) {
        long targets = 0;
        for (int id = 0; id < Vocabulary.MASK_BITS; id++) {
            if ((e.targets & (1L << id)) != 0) {
                targets |= 1L << (id % TARGET_BITS);
            }
        }
        long day = e.lastActivityDay <= 0 ? 0 : Math.min(0xFFFF, e.lastActivityDay);
        return (e.cooperationOffered & 0x7FL)
                | (e.cooperationSought & 0x7FL) << 7
                | (long) Math.min(OTHER_ECONOMY, e.economy) << 14
                | (e.verified ? 1L : 0L) << 20
                | (long) Math.min(MANY, e.hsSoughtCount()) << 21
                | (long) Math.min(MANY, e.requiredCount()) << 25
                | day << 29
                | targets << 45;
    }

    static int cooperationOffered(long s) {
        return (int) (s & 0x7F);
    }

    static int cooperationSought(long s) {
        return (int) (s >>> 7 & 0x7F);
    }

    static int economy(long s) {
        return (int) (s >>> 14 & 0x3F);
    }

    static boolean verified(long s) {
        return (s >>> 20 & 1) != 0;
    }

    static int hsSought(long s) {
        return (int) (s >>> 21 & 0xF);
    }

    static int certificationsRequired(long s) {
        return (int) (s >>> 25 & 0xF);
    }

    static int lastActivityDay(long s) {
        int day = (int) (s >>> 29 & 0xFFFF);
        return day == 0 ? Integer.MIN_VALUE / 2 : day;
    }

    /** The bit {@link #mayTarget} tests for {@code economyId} (0: none can be set). */
    static long targetBit(int economyId) {
        return economyId < Vocabulary.MASK_BITS ? 1L << (45 + economyId % TARGET_BITS) : 0;
    }

    /** Whether the candidate may target the economy {@code economyId} (false: it certainly does not). */
    static boolean mayTarget(long s, int economyId) {
        return economyId < Vocabulary.MASK_BITS && (s >>> 45 & (1L << (economyId % TARGET_BITS))) != 0;
    }
}

package org.smenet.matchmaking.domain;

/**
 * An upper bound of {@link Complementarity#score} for one query and any candidate, from what the index
 * knows without opening the candidate's entry: the HS points of the posting lists it was found in
 * (summed by the index), the HS meetings those lists could not see ({@link #unmet}, from the candidate's
 * {@link CodeSketch}), and everything else ({@link #rest}, from its {@link Signature}). Cooperation, the
 * query's target market, verification and activity are exact; the rest errs upward: an ISIC class
 * whenever a same-trade cooperation is sought, a shared language always, every certification the query
 * requires, hash collisions. Kept next to the scorer: a change to how a pair scores must change this
 * bound with it, or the index stops being exact (the tests compare the index with a full scan).
 */
final class ScoreBound {

    /** Rounding of the score to one decimal and float sums may add this much. */
    private static final double SLACK = 0.11;

    private final Weights w;
    private final Entry query;
    private final double constant;
    private final double isicBest;
    private final double headingLevel;
    private final double chapterLevel;
    private final long[] soughtHeading;
    private final long[] soughtChapter;
    private final long offeredHeadings;
    private final long offeredChapters;
    private final int today;

    ScoreBound(Weights weights, Entry query, int today) {
        this.w = weights;
        this.query = query;
        this.today = today;
        this.isicBest = Math.max(0, Math.max(weights.isicClass(), Math.max(weights.isicGroup(), weights.isicDivision())));
        this.headingLevel = Math.max(level(Codes.MIDDLE), level(Codes.TOP));
        this.chapterLevel = level(Codes.TOP);
        this.constant = SLACK
                + Math.max(0, weights.certification()) * query.certificationsRequired.length
                + Math.max(0, weights.language())
                + (query.verified ? Math.max(0, weights.verified()) : 0)
                + weights.activity(Math.max(0, today - query.lastActivityDay));
        int n = query.hsSought.length;
        this.soughtHeading = new long[n];
        this.soughtChapter = new long[n];
        for (int i = 0; i < n; i++) {
            int code = query.hsSought[i];
            soughtHeading[i] = code % 10 == 3 ? CodeSketch.heading(code) : 0;
            soughtChapter[i] = CodeSketch.chapter(code);
        }
        long offered = CodeSketch.bits(query.hsOffered);
        this.offeredHeadings = offered & CodeSketch.FIELD;
        this.offeredChapters = offered >>> 15 & CodeSketch.FIELD;
    }

    /** The points of one HS code meeting at {@code meet} (never below 0 for a bound). */
    double level(int meet) {
        return Math.max(0, w.hs(meet));
    }

    /**
     * The most the HS meetings the posting lists did not see can add: each code the query seeks that no list
     * met ({@code metSought}: a bit for each of its first 8) may meet the candidate's offers at heading level
     * (another subheading of its heading) or chapter level; each of the candidate's sought codes no list met
     * ({@code codesMet} of them were) may meet the query's offers likewise.
     */
    double unmet(long sketch, int metSought, int codesMet, Entry candidate) {
        double extra = 0;
        long headings = CodeSketch.headingsOffered(sketch);
        long chapters = CodeSketch.chaptersOffered(sketch);
        for (int i = 0; i < soughtHeading.length; i++) {
            if (i < 8 && (metSought >>> i & 1) != 0) {
                continue;
            }
            if ((headings & soughtHeading[i]) != 0) {
                extra += headingLevel;
            } else if ((chapters & soughtChapter[i]) != 0) {
                extra += chapterLevel;
            }
        }
        int sought = CodeSketch.codesSought(sketch);
        if (sought == CodeSketch.MANY) {
            sought = candidate.hsSought.length;
        }
        int unmet = Math.max(0, sought - codesMet);
        if (unmet > 0) {
            if ((CodeSketch.headingsSought(sketch) & offeredHeadings) != 0) {
                extra += unmet * headingLevel;
            } else if ((CodeSketch.chaptersSought(sketch) & offeredChapters) != 0) {
                extra += unmet * chapterLevel;
            }
        }
        return extra;
    }

    /**
     * The most a candidate met by no HS posting list can score: the rest at its most, and every HS code on
     * either side meeting at heading level ({@code maxSought}: the most codes any candidate seeks).
     */
    double sameTradeOnly(int maxSought) {
        int cooperation = Integer.bitCount(query.cooperationSought) + Integer.bitCount(query.cooperationOffered);
        return constant + Math.max(0, w.cooperation()) * cooperation + isicBest + 2 * Math.max(0, w.targetMarket())
                + Math.max(0, w.certification()) * query.certifications.length + Math.max(0, w.verified())
                + Math.max(0, w.recentActivity()) + headingLevel * (soughtHeading.length + maxSought);
    }

    /** Everything but the HS points, from the candidate's signature. */
    double rest(long s) {
        int offered = Signature.cooperationOffered(s);
        int sought = Signature.cooperationSought(s);
        double bound = constant
                + Math.max(0, w.cooperation()) * (Integer.bitCount(query.cooperationSought & offered)
                        + Integer.bitCount(sought & query.cooperationOffered));
        if (((query.cooperationSought | sought) & Complementarity.SAME_TRADE) != 0) {
            bound += isicBest;
        }
        int economy = Signature.economy(s);
        double market = Math.max(0, w.targetMarket());
        if (economy == Signature.OTHER_ECONOMY || (query.targets & (1L << economy)) != 0) {
            bound += market;
        }
        if (Signature.mayTarget(s, query.economy)) {
            bound += market;
        }
        int required = Signature.certificationsRequired(s);
        bound += Math.max(0, w.certification())
                * (required == Signature.MANY ? query.certifications.length : Math.min(required, query.certifications.length));
        if (Signature.verified(s)) {
            bound += Math.max(0, w.verified());
        }
        return bound + Math.max(0, w.activity(Math.max(0, today - Signature.lastActivityDay(s))));
    }
}

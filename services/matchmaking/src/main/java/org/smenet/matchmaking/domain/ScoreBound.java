package org.smenet.matchmaking.domain;

/**
 * An upper bound of {@link Complementarity#score} for one query and any candidate, from what every posting
 * of the candidate carries, without opening its entry ({@link #whole}): the HS meetings, code by code, from its
 * {@link CodeSketch}es, and everything else ({@link #rest}, from its {@link Signature}). Cooperation, the
 * query's target market, verification and activity are exact; the rest errs upward: an ISIC class
 * whenever a same-trade cooperation is sought, a shared language always, every certification the query
 * requires, hash collisions. Kept next to the scorer: a change to how a pair scores must change this
 * bound with it, or the index stops being exact (the tests compare the index with a full scan). {@link #block}
 * bounds a whole block of postings from its summary by the same terms, each at the most any posting of the block has;
 * {@link #expand} is {@link #whole} over a range of postings in one loop.
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
    private final int[] soughtChapter;
    /** The most each code the query seeks can add: a subheading any level, a heading its level, a chapter its. */
    private final double[] soughtLevel;
    /** The heading hash of each code the query seeks at heading level or closer (-1: a chapter). */
    private final int[] soughtHeadingAny;
    private final long[] offeredSubheadings = new long[4];
    private final long offeredHeadings;
    /** {@link #offeredSubheadings} mod 64 (a block's sought slots keep their subheading hashes mod 64). */
    private final long offeredSubheadings64;
    private final long offeredChapters;
    private final double anyLevel;
    private final int today;
    /** Per heading hash (and chapter hash), which of the query's first 8 sought codes have it. */
    private final int[] headingMask = new int[256];
    private final int[] chapterMask = new int[64];
    /** Per 4-bit subheading hash, which of the query's first 8 sought subheadings have it. */
    private final int[] subheadingMask = new int[16];
    /** Points of a set of sought codes met exactly (any level), at heading level (their most), at chapter level. */
    private final float[] exactPoints;
    /** The points of a set of the query's sought codes met at their closest level, and at chapter level. */
    private final float[] headingPoints;
    private final float[] chapterPoints;
    /** Every code the query seeks at its most (a candidate offering more codes than its sketch holds). */
    private final double allSought;
    private final boolean masks;
    /** The activity bound by age in days, up to {@code activityLimit}; constant beyond. */
    private final float[] activity;
    private final int activityLimit;
    /** A sought code's points by its level and subheading hash, level and heading hash, chapter hash (sketch bits). */
    private final float[] bySubheading = new float[1 << 10];
    private final float[] byHeading = new float[1 << 8];
    /**
     * A subheading's points at any level when its heading hash meets the query's offers: a subheading meets one of
     * them closer than its heading only if the headings are the same too, so a subheading hash that meets counts only
     * with a heading hash that meets (fewer collisions than either alone).
     */
    private final float[] byHeadingAny = new float[1 << 8];
    private final float[] byChapter = new float[1 << 5];

    /** Per-query parts of {@link #rest}: weights at least 0, the query's cooperation, markets and certifications. */
    private final int querySought;
    private final int queryOffered;
    private final float cooperationPoints;
    private final float marketPoints;
    private final float verifiedPoints;
    /** {@link #constant}, {@link #isicBest} and {@link #allSought} as floats rounded up (the bound is summed in floats). */
    private final float constantUp;
    private final float isicBestUp;
    private final float allSoughtUp;
    /** The market point the candidate's economy earns (the query targets it; 63: any other economy, may). */
    private final float[] marketByEconomy = new float[64];
    /** The signature bit of the query's economy among the candidate's hashed targets (0: it targets none). */
    private final long targetBit;
    /** The economies whose candidates earn the market point (the query targets them; 63: any other economy). */
    private final long targetedEconomies;
    /** The 4-bit subheading hash of each code the query seeks at subheading level (-1: a heading or chapter). */
    private final int[] soughtSubheading15;
    /** A code's points at any level, heading and chapter level, as floats rounded up (for {@link #block}). */
    private final float anyLevelUp;
    private final float headingLevelUp;
    private final float chapterLevelUp;
    /** The certification points by how many the candidate requires (15: 15 or more). */
    private final float[] certificationsByRequired = new float[16];

    ScoreBound(Weights weights, Entry query, int today) {
        this.w = weights;
        this.querySought = query.cooperationSought;
        this.queryOffered = query.cooperationOffered;
        this.cooperationPoints = up(Math.max(0, weights.cooperation()));
        this.marketPoints = up(Math.max(0, weights.targetMarket()));
        this.verifiedPoints = up(Math.max(0, weights.verified()));
        long targeted = 0;
        for (int economy = 0; economy < 64; economy++) {
            if (economy == Signature.OTHER_ECONOMY || (query.targets & (1L << economy)) != 0) {
                marketByEconomy[economy] = marketPoints;
                targeted |= 1L << economy;
            }
        }
        this.targetedEconomies = targeted;
        this.targetBit = Signature.targetBit(query.economy);
        int held = query.certificationCount();
        for (int required = 0; required < 16; required++) {
            certificationsByRequired[required] = up(Math.max(0, weights.certification())
                    * (required == Signature.MANY ? held : Math.min(required, held)));
        }
        this.query = query;
        this.today = today;
        this.isicBest = Math.max(0, Math.max(weights.isicClass(), Math.max(weights.isicGroup(), weights.isicDivision())));
        this.headingLevel = Math.max(level(Codes.MIDDLE), level(Codes.TOP));
        this.chapterLevel = level(Codes.TOP);
        this.constant = SLACK
                + Math.max(0, weights.certification()) * query.requiredCount()
                + Math.max(0, weights.language())
                + (query.verified ? Math.max(0, weights.verified()) : 0)
                + weights.activity(Math.max(0, today - query.lastActivityDay));
        int[] querySought = query.hsSought();
        int n = querySought.length;
        this.soughtChapter = new int[n];
        this.soughtLevel = new double[n];
        this.soughtHeadingAny = new int[n];
        this.soughtSubheading15 = new int[n];
        for (int i = 0; i < n; i++) {
            int code = querySought[i];
            soughtChapter[i] = CodeSketch.chapter63(code);
        }
        double any = Math.max(level(Codes.EXACT), headingLevel);
        for (int i = 0; i < n; i++) {
            int code = querySought[i];
            soughtLevel[i] = code % 10 == 3 ? any : code % 10 == 2 ? headingLevel : chapterLevel;
            soughtHeadingAny[i] = code % 10 >= 2 ? CodeSketch.heading255(code) : -1;
            soughtSubheading15[i] = code % 10 == 3 ? CodeSketch.subheading15(code) : -1;
        }
        long headings = 0;
        long chapters = 0;
        for (int code : query.hsOffered()) {
            if (code % 10 == 3) {
                int sub = CodeSketch.subheading255(code);
                offeredSubheadings[sub >>> 6] |= 1L << (sub & 63);
            }
            if (code % 10 >= 2) {
                headings |= 1L << CodeSketch.heading63(code);
            }
            chapters |= 1L << CodeSketch.chapter31(code);
        }
        this.offeredHeadings = headings;
        this.offeredSubheadings64 = offeredSubheadings[0] | offeredSubheadings[1] | offeredSubheadings[2]
                | offeredSubheadings[3];
        this.offeredChapters = chapters;
        this.anyLevel = Math.max(level(Codes.EXACT), headingLevel);
        this.anyLevelUp = up(anyLevel);
        this.headingLevelUp = up(headingLevel);
        this.chapterLevelUp = up(chapterLevel);
        this.masks = n <= 8;
        double all = 0;
        for (int i = 0; i < n; i++) {
            all += soughtLevel[i];
            if (masks) {
                if (soughtHeadingAny[i] >= 0) {
                    headingMask[soughtHeadingAny[i]] |= 1 << i;
                }
                chapterMask[soughtChapter[i]] |= 1 << i;
                if (querySought[i] % 10 == 3) {
                    subheadingMask[CodeSketch.subheading15(querySought[i])] |= 1 << i;
                }
            }
        }
        this.allSought = all;
        this.allSoughtUp = up(all);
        this.constantUp = up(constant);
        this.isicBestUp = up(isicBest);
        int sets = masks ? 1 << n : 0;
        this.headingPoints = new float[sets];
        this.chapterPoints = new float[sets];
        this.exactPoints = new float[sets];
        for (int set = 0; set < sets; set++) {
            // a subheading sought whose heading meets but not its subheading hash meets at heading level at most
            headingPoints[set] = (float) (Integer.bitCount(set) * headingLevel);
            chapterPoints[set] = (float) (Integer.bitCount(set) * chapterLevel);
            double exact = 0;
            for (int i = 0; i < n; i++) {
                if ((set >>> i & 1) != 0) {
                    exact += soughtLevel[i];
                }
            }
            exactPoints[set] = (float) exact;
        }
        for (int sub = 0; sub < 256; sub++) {
            if ((offeredSubheadings[sub >>> 6] >>> (sub & 63) & 1) != 0) {
                bySubheading[3 | sub << 2] = (float) anyLevel;
            }
        }
        for (int heading = 0; heading < 63; heading++) {
            if ((offeredHeadings >>> heading & 1) != 0) {
                byHeading[2 | heading << 2] = (float) headingLevel;
                byHeading[3 | heading << 2] = (float) headingLevel;
                byHeadingAny[3 | heading << 2] = (float) anyLevel;
            }
        }
        for (int chapter = 0; chapter < 31; chapter++) {
            if ((offeredChapters >>> chapter & 1) != 0) {
                byChapter[chapter] = (float) chapterLevel;
            }
        }
        this.activityLimit = (int) Math.min(4096, Math.max(0, Math.max(weights.activeDays(), weights.staleDays())));
        this.activity = new float[activityLimit + 2];
        for (int age = 0; age <= activityLimit + 1; age++) {
            activity[age] = (float) Math.max(0, weights.activity(age));
        }
    }

    /**
     * An upper bound of the whole score from the candidate's signature and sketches alone, without knowing
     * which posting lists it is in: each code the query seeks meets its offers at the closest level the
     * sketch allows (a heading hash in common: any level; a chapter hash: chapter), each code it seeks
     * likewise against the query's offers, and the rest from the signature.
     */
    double whole(long signature, long sketch, long soughtSketch, int maxSought) {
        int sought = Signature.hsSought(signature);
        if (sought == Signature.MANY) {
            sought = Math.max(sought, maxSought);
        }
        return restUp(signature) + weSeek(sketch) + theySeek(soughtSketch, sought);
    }

    /**
     * {@link #whole} of the postings {@code from}–{@code to} of {@code list}: each one that can pass the filter
     * (economy {@code economyFilter} unless -1, a cooperation of {@code cooperationFilter} unless 0) and reach
     * {@code minScore} is filed in {@code queue} under its bound's bucket ({@code perPoint} a point), or under
     * {@code cap} when that is lower (the block's bound: both bound the score). Tombstones are skipped. A small
     * method of its own, so the JIT compiles {@link #whole} inline into its loop (inside the query's large method
     * it would not).
     */
    void expand(PostingList list, int from, int to, int maxSought, int economyFilter, int cooperationFilter,
            double minScore, int perPoint, int cap, BucketQueue queue) {
        int[] ordinals = list.ordinals;
        long[] signatures = list.signatures;
        long[] offeredSketches = list.sketches;
        long[] soughtSketches = list.soughtSketches;
        boolean filtered = economyFilter >= 0 || cooperationFilter != 0;
        for (int i = from; i < to; i++) {
            int ordinal = ordinals[i];
            if (ordinal < 0) {
                continue;
            }
            long sig = signatures[i];
            if (filtered && ((economyFilter >= 0 && Signature.economy(sig) != economyFilter) || (cooperationFilter != 0
                    && ((Signature.cooperationOffered(sig) | Signature.cooperationSought(sig)) & cooperationFilter) == 0))) {
                continue;
            }
            float whole = (float) whole(sig, offeredSketches[i], soughtSketches[i], maxSought);
            if (whole >= minScore) {
                queue.add(Math.min(cap, Math.max(0, (int) (whole * perPoint))), ordinal);
            }
        }
    }

    /**
     * An upper bound of {@link #whole} for every posting of block {@code b} of {@code list}, from its summary
     * alone: each term at the most any of its postings could have (cooperation from the OR of their types,
     * market if any economy of the block is a target, the HS codes from the union of their hashes, the most
     * codes any of them seeks); {@link Float#NEGATIVE_INFINITY} when none can pass the filter.
     */
    float block(PostingList list, int b, int maxSought, int economyFilter, int cooperationFilter) {
        long[] summary = list.summaries;
        int at = b * PostingList.SUMMARY;
        long or = summary[at + PostingList.SIG_OR];
        long maxes = summary[at + PostingList.MAXES];
        long economies = summary[at + PostingList.ECONOMIES];
        int offered = (int) (or & 0x7F);
        int sought = (int) (or >>> 7 & 0x7F);
        if ((economyFilter >= 0 && (economies >>> economyFilter & 1) == 0)
                || (cooperationFilter != 0 && ((offered | sought) & cooperationFilter) == 0)) {
            return Float.NEGATIVE_INFINITY;
        }
        // rest, as restUp with each field at its most
        float bound = constantUp + cooperationPoints * (Integer.bitCount(querySought & offered)
                + Integer.bitCount(sought & queryOffered));
        if (((querySought | sought) & Complementarity.SAME_TRADE) != 0) {
            bound += isicBestUp;
        }
        if ((economies & targetedEconomies) != 0) {
            bound += marketPoints;
        }
        if ((or & targetBit) != 0) {
            bound += marketPoints;
        }
        bound += certificationsByRequired[(int) (maxes & 0xF)];
        if ((or >>> 20 & 1) != 0) {
            bound += verifiedPoints;
        }
        int day = (int) (maxes >>> 8 & 0xFFFF);
        int age = today - (day == 0 ? Integer.MIN_VALUE / 2 : day);
        bound += activity[age < 0 ? 0 : age > activityLimit ? activityLimit + 1 : age];
        // we seek: each code the query seeks against the union of the block's offered hashes
        float weSeek;
        if (!masks || (maxes >>> 24 & 1) != 0) {
            weSeek = allSoughtUp;
        } else {
            int headings = 0;
            int chapters = 0;
            int subheadings = 0;
            long blockSubheadings = maxes >>> 32 & 0xFFFF;
            for (int i = 0; i < soughtChapter.length; i++) {
                int heading = soughtHeadingAny[i];
                if (heading >= 0 && (summary[at + PostingList.OFFERED_HEADINGS + (heading >>> 6)] >>> (heading & 63) & 1) != 0) {
                    headings |= 1 << i;
                }
                if ((summary[at + PostingList.OFFERED_CHAPTERS] >>> soughtChapter[i] & 1) != 0) {
                    chapters |= 1 << i;
                }
                if (soughtSubheading15[i] >= 0 && (blockSubheadings >>> soughtSubheading15[i] & 1) != 0) {
                    subheadings |= 1 << i;
                }
            }
            int exact = headings & subheadings;
            weSeek = exactPoints[exact] + headingPoints[headings & ~exact] + chapterPoints[chapters & ~headings];
        }
        // they seek: the closest any of the block's sought codes meets the query's offers, for each code it seeks
        float theySeek = theySeekSlot(summary[at + PostingList.SOUGHT_SUBHEADINGS],
                summary[at + PostingList.SOUGHT_HEADINGS], summary[at + PostingList.SOUGHT_CHAPTERS] & 0xFFFFFFFFL)
                + theySeekSlot(summary[at + PostingList.SOUGHT_SUBHEADINGS + 1],
                        summary[at + PostingList.SOUGHT_HEADINGS + 1], summary[at + PostingList.SOUGHT_CHAPTERS] >>> 32)
                + theySeekSlot(summary[at + PostingList.SOUGHT_SUBHEADINGS + 2],
                        summary[at + PostingList.SOUGHT_HEADINGS + 2], summary[at + PostingList.SOUGHT_CHAPTERS + 1]);
        int codesSought = (int) (maxes >>> 4 & 0xF);
        if (codesSought == Signature.MANY) {
            codesSought = Math.max(codesSought, maxSought);
        }

        if (codesSought > CodeSketch.CODES) {
            theySeek += up((codesSought - CodeSketch.CODES) * anyLevel);
        }
        return bound + weSeek + theySeek;
    }


    /**
     * The points one sought code (21 bits of the sought sketch) can meet the query's offers with: a subheading at any
     * level if both its subheading and heading hashes meet, else its heading's level if its heading hash meets, else
     * chapter level if its chapter hash meets.
     */
    private static float slot(int x, float[] bySubheading, float[] byHeadingAny, float[] byHeading, float[] byChapter) {
        int heading = (x & 3) | (x >>> 10 & 0x3F) << 2;
        return Math.max(Math.min(bySubheading[x & 0x3FF], byHeadingAny[heading]),
                Math.max(byHeading[heading], byChapter[x >>> 16 & 0x1F]));
    }

    /** The most one sought slot of a block can add: its unions of subheading, heading and chapter hashes. */
    private float theySeekSlot(long subheadings, long headings, long chapters) {
        if ((headings & offeredHeadings) != 0) {
            return (subheadings & offeredSubheadings64) != 0 ? anyLevelUp : headingLevelUp;
        }
        return (chapters & offeredChapters) != 0 ? chapterLevelUp : 0;
    }

    /** A float no smaller than {@code x} (the bound is summed in floats; {@link #SLACK} covers their rounding). */
    private static float up(double x) {
        float f = (float) x;
        return f < x ? Math.nextUp(f) : f;
    }

    /**
     * Each code the query seeks at the closest level the candidate's offered sketch allows. Kept small so the
     * JIT inlines it into the posting loop (the masks' path); the rest is {@link #weSeekSlowly}.
     */
    private float weSeek(long sketch) {
        if (!masks || CodeSketch.codesOffered(sketch) > CodeSketch.CODES) {
            return weSeekSlowly(sketch);
        }
        // all three slots, without a branch on the count: an empty slot's hashes (heading 255, chapter 63)
        // are in no mask, as a chapter-level code's heading 255 is not
        int a = headingMask[(int) (sketch & 0xFF)];
        int b = headingMask[(int) (sketch >>> 14 & 0xFF)];
        int c = headingMask[(int) (sketch >>> 28 & 0xFF)];
        int exact = (a & subheadingMask[(int) (sketch >>> 42 & 0xF)]) | (b & subheadingMask[(int) (sketch >>> 52 & 0xF)])
                | (c & subheadingMask[(int) (sketch >>> 56 & 0xF)]);
        int headings = a | b | c;
        int chapters = chapterMask[(int) (sketch >>> 8 & 0x3F)] | chapterMask[(int) (sketch >>> 22 & 0x3F)]
                | chapterMask[(int) (sketch >>> 36 & 0x3F)];
        return exactPoints[exact] + headingPoints[headings & ~exact] + chapterPoints[chapters & ~headings];
    }

    /** {@link #weSeek} for a candidate offering more codes than its sketch holds, or a query seeking more than 8. */
    private float weSeekSlowly(long sketch) {
        int offered = CodeSketch.codesOffered(sketch);
        if (offered > CodeSketch.CODES) {
            return allSoughtUp;
        }
        double extra = 0;
        for (int s = 0; s < soughtChapter.length; s++) {
            double best = 0;
            for (int i = 0; i < offered; i++) {
                if (soughtHeadingAny[s] >= 0 && CodeSketch.offeredHeading(sketch, i) == soughtHeadingAny[s]) {
                    best = soughtLevel[s];
                    break;
                }
                if (CodeSketch.offeredChapter(sketch, i) == soughtChapter[s]) {
                    best = chapterLevel;
                }
            }
            extra += best;
        }
        return up(extra);
    }

    /** The points of one HS code meeting at {@code meet} (never below 0 for a bound). */
    double level(int meet) {
        return Math.max(0, w.hs(meet));
    }

    /**
     * Each code the candidate seeks ({@code sought} of them) at the closest level the query's offers allow:
     * the most of a subheading-hash meeting (any level), a heading-hash meeting (heading) and a chapter-hash
     * meeting (chapter), looked up from the 21 bits of the code in the sought sketch.
     */
    private float theySeek(long soughtSketch, int sought) {
        // all three slots, without a branch on the count: an empty slot (level 0, chapter 31) is in no table
        int a = (int) soughtSketch;
        int b = (int) (soughtSketch >>> 21);
        int c = (int) (soughtSketch >>> 42);
        float extra = slot(a, bySubheading, byHeadingAny, byHeading, byChapter)
                + slot(b, bySubheading, byHeadingAny, byHeading, byChapter)
                + slot(c, bySubheading, byHeadingAny, byHeading, byChapter);
        return extra + (sought > CodeSketch.CODES ? up((sought - CodeSketch.CODES) * anyLevel) : 0);
    }

    /**
     * The most a candidate met by no HS posting list can score: the rest at its most, and every HS code on
     * either side meeting at heading level ({@code maxSought}: the most codes any candidate seeks).
     */
    double sameTradeOnly(int maxSought) {
        int cooperation = Integer.bitCount(query.cooperationSought) + Integer.bitCount(query.cooperationOffered);
        return constant + Math.max(0, w.cooperation()) * cooperation + isicBest + 2 * Math.max(0, w.targetMarket())
                + Math.max(0, w.certification()) * query.certificationCount() + Math.max(0, w.verified())
                + Math.max(0, w.recentActivity()) + headingLevel * soughtChapter.length + anyLevel * maxSought;
    }

    /** Everything but the HS points, from the candidate's signature (the per-query parts from tables). */
    private float restUp(long s) {
        int offered = Signature.cooperationOffered(s);
        int sought = Signature.cooperationSought(s);
        float bound = constantUp + cooperationPoints * (Integer.bitCount(querySought & offered)
                + Integer.bitCount(sought & queryOffered));
        if (((querySought | sought) & Complementarity.SAME_TRADE) != 0) {
            bound += isicBestUp;
        }
        bound += marketByEconomy[Signature.economy(s)];
        if ((s & targetBit) != 0) {
            bound += marketPoints;
        }
        bound += certificationsByRequired[Signature.certificationsRequired(s)];
        if (Signature.verified(s)) {
            bound += verifiedPoints;
        }
        int age = today - Signature.lastActivityDay(s);
        return bound + activity[age < 0 ? 0 : age > activityLimit ? activityLimit + 1 : age];
    }
}

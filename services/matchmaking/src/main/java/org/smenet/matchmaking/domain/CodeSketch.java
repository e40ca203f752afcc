package org.smenet.matchmaking.domain;

/**
 * A profile's HS codes in two longs, for bounding what the posting lists cannot see, code by code (a
 * hash that differs is certain; one that matches may be a collision, so a bound only errs upward).
 * Offered ({@link #of}): each of its first three offered codes' heading, chapter and subheading hashes, how many codes
 * it offers and seeks. Sought ({@link #sought}): each of its first three sought codes' level and
 * subheading, heading and chapter hashes.
 *
 * <pre>
 * offered: per code i < 3, bits 14i…14i+13: heading (8 bits, 255: a chapter code), chapter (6);
 *          its subheading (4-bit hash) at bits 42–45, 52–55, 56–59
 *          bits 48–51 codes offered, 60–63 codes sought (15: 15 or more)
 * sought:  per code i < 3, bits 21i…21i+20: level (2 bits), subheading (8), heading (6, 63: none), chapter (5)
 * empty slots (fewer than 3 codes): offered heading 255, chapter 63; sought level 0, chapter 31 (hashes that
 *          meet nothing, so a bound may read all three slots without a branch on the count)
 * </pre>
 */
final class CodeSketch {

    static final int MANY = 15;

    private CodeSketch() {
    }

    static final int CODES = 3;

    static long of(Entry e) {
        int[] offered = e.hsOffered();
        long sketch = 0;
        for (int i = 0; i < CODES; i++) {
            // a slot without a code holds heading 255 and chapter 63, hashes no sought code has (see ScoreBound)
            long slot = i < offered.length ? (long) heading255(offered[i]) | (long) chapter63(offered[i]) << 8 : 255 | 63 << 8;
            sketch |= slot << (14 * i);
        }
        for (int i = 0; i < Math.min(CODES, offered.length); i++) {
            sketch |= (long) subheading15(offered[i]) << SUB_SHIFT[i];
        }
        return sketch | (long) Math.min(MANY, offered.length) << 48 | (long) Math.min(MANY, e.hsSoughtCount()) << 60;
    }

    /** Where offered code {@code i}'s 4-bit subheading hash sits (in the bits the layout left free). */
    private static final int[] SUB_SHIFT = {42, 52, 56};

    static int offeredSubheading(long offered, int i) {
        return (int) (offered >>> SUB_SHIFT[i] & 0xF);
    }

    /** A 4-bit hash of a code's subheading (of the code itself when it is a heading or chapter). */
    static int subheading15(int code) {
        return Integer.remainderUnsigned(mix(7 + code / 10), 16);
    }

    static int codesOffered(long offered) {
        return (int) (offered >>> 48 & 0xF);
    }

    static int offeredHeading(long offered, int i) {
        return (int) (offered >>> (14 * i) & 0xFF);
    }

    static int offeredChapter(long offered, int i) {
        return (int) (offered >>> (14 * i + 8) & 0x3F);
    }

    static int heading255(int code) {
        return code % 10 >= 2 ? Integer.remainderUnsigned(mix(Codes.hsHeading(code)), 255) : 255;
    }

    static int chapter63(int code) {
        return Integer.remainderUnsigned(mix(100 + Codes.hsChapter(code)), 63);
    }

    static long sought(Entry e) {
        int[] hsSought = e.hsSought();
        long sketch = 0;
        for (int i = 0; i < CODES; i++) {
            // a slot without a code holds level 0 and chapter 31, which no lookup of the query's offers has (see ScoreBound)
            long one = 31L << 16;
            if (i < hsSought.length) {
                int code = hsSought[i];
                one = code % 10 | (long) subheading255(code) << 2 | (long) heading63(code) << 10 | (long) chapter31(code) << 16;
            }
            sketch |= one << (21 * i);
        }
        return sketch;
    }

    /** The level (1–3) of sought code {@code i} of the sketch. */
    static int level(long sought, int i) {
        return (int) (sought >>> (21 * i) & 3);
    }

    static int subheading255(long sought, int i) {
        return (int) (sought >>> (21 * i + 2) & 0xFF);
    }

    static int heading63(long sought, int i) {
        return (int) (sought >>> (21 * i + 10) & 0x3F);
    }

    static int chapter31(long sought, int i) {
        return (int) (sought >>> (21 * i + 16) & 0x1F);
    }

    static int subheading255(int code) {
        return Integer.remainderUnsigned(mix(code / 10), 255);
    }

    static int heading63(int code) {
        return code % 10 >= 2 ? Integer.remainderUnsigned(mix(Codes.hsHeading(code)), 63) : 63;
    }

    static int chapter31(int code) {
        return Integer.remainderUnsigned(mix(100 + Codes.hsChapter(code)), 31);
    }

    static int codesSought(long s) {
        return (int) (s >>> 60 & 0xF);
    }


    /** MurmurHash3's finalizer: neighbouring codes land far apart. */
    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        return x ^ x >>> 16;
    }
}

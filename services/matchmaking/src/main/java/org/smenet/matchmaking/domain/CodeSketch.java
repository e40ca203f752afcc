package org.smenet.matchmaking.domain;

/**
 * A profile's HS codes in one long, for bounding what the posting lists cannot see: the headings and
 * chapters it offers and seeks, each hashed into 15 bits (a bit set may be a collision; a bit clear is
 * certain), and how many codes it seeks.
 *
 * <pre>
 * bits 0–14 headings offered   15–29 chapters offered   30–44 headings sought   45–59 chapters sought
 * bits 60–63 codes sought (15: 15 or more)
 * </pre>
 */
final class CodeSketch {

    static final long FIELD = 0x7FFF;
    static final int MANY = 15;

    private CodeSketch() {
    }

    static long of(Entry e) {
        long offered = bits(e.hsOffered);
        long sought = bits(e.hsSought);
        return offered | sought << 30 | (long) Math.min(MANY, e.hsSought.length) << 60;
    }

    /** Heading bits (low 15) and chapter bits (next 15) of the codes. */
    static long bits(int[] codes) {
        long bits = 0;
        for (int code : codes) {
            if (code % 10 >= 2) {
                bits |= heading(code);
            }
            bits |= chapter(code) << 15;
        }
        return bits;
    }

    static long heading(int code) {
        return 1L << hash(Codes.hsHeading(code));
    }

    static long chapter(int code) {
        return 1L << hash(100_000 + Codes.hsChapter(code));
    }

    static long headingsOffered(long s) {
        return s & FIELD;
    }

    static long chaptersOffered(long s) {
        return s >>> 15 & FIELD;
    }

    static long headingsSought(long s) {
        return s >>> 30 & FIELD;
    }

    static long chaptersSought(long s) {
        return s >>> 45 & FIELD;
    }

    static int codesSought(long s) {
        return (int) (s >>> 60 & 0xF);
    }

    private static int hash(int value) {
        return Integer.remainderUnsigned(value * 0x9E3779B1, 15);
    }
}

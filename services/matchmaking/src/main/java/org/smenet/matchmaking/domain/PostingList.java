package org.smenet.matchmaking.domain;

import java.util.Arrays;

/**
 * The profiles (ordinals) filed under one key of the index, each with its {@link Signature} and
 * {@link CodeSketch}es inline, so that a query bounds a candidate's score while reading the list front to back,
 * without touching the candidate's entry.
 *
 * <p>The first {@link #sorted} postings are kept ordered by the candidates' cooperation (sought, offered),
 * certifications required, verification and economy, in blocks of {@link #BLOCK} with a summary each
 * ({@link #summaries}: what every posting of the block has at most, see {@link ScoreBound#block}), so a query skips a
 * whole block whose summary cannot reach its k-th score: ordered this way, a block's cooperation, certification and
 * market points, the largest after the HS codes, are nearly those of each of its postings. New postings go to the
 * unordered tail after them and are read one by one; a removed posting of the ordered part becomes a tombstone
 * (ordinal -1, its summary left as it was: it only ever errs upward). When the tail or the tombstones grow past an
 * eighth of the list it is ordered again, and {@link PartnerIndex#compact} orders every list with a tail (after a
 * full load).
 */
final class PostingList {

    /** Postings per block. */
    static final int BLOCK = 16;
    /** Longs a block's summary takes (see {@link #summarize}). */
    static final int SUMMARY = 16;
    /** A list is ordered again once its tail or tombstones reach this many and an eighth of it. */
    private static final int REORDER_AT = 64;

    static final int SIG_OR = 0;
    static final int MAXES = 1;
    static final int ECONOMIES = 2;
    static final int OFFERED_HEADINGS = 3;
    static final int OFFERED_CHAPTERS = 7;
    /** Per sought slot (3): the subheading hashes mod 64, then the heading hashes, then the chapters (2 a long). */
    static final int SOUGHT_SUBHEADINGS = 8;
    static final int SOUGHT_HEADINGS = 11;
    static final int SOUGHT_CHAPTERS = 14;
    /** The signature bits a summary ORs: cooperation offered and sought, verified, the hashed target economies. */
    private static final long OR_BITS = 0x3FFFL | 1L << 20 | -1L << 45;

    int[] ordinals = new int[4];
    long[] signatures = new long[4];
    long[] sketches = new long[4];
    long[] soughtSketches = new long[4];
    int size;
    /** Postings in the ordered part (tombstones included); its blocks are summarized. */
    int sorted;
    private int dead;
    long[] summaries = new long[0];

    int blocks() {
        return (sorted + BLOCK - 1) / BLOCK;
    }

    /** Adds a posting to the tail, and orders the list when the tail is due ({@code order}; false: a bulk load). */
    void add(int ordinal, long signature, long sketch, long soughtSketch, boolean order) {
        if (size == ordinals.length) {
            int grown = size + (size >> 1) + 1;
            ordinals = Arrays.copyOf(ordinals, grown);
            signatures = Arrays.copyOf(signatures, grown);
            sketches = Arrays.copyOf(sketches, grown);
            soughtSketches = Arrays.copyOf(soughtSketches, grown);
        }
        ordinals[size] = ordinal;
        sketches[size] = sketch;
        soughtSketches[size] = soughtSketch;
        signatures[size++] = signature;
        if (order && size - sorted >= Math.max(REORDER_AT, sorted >> 3)) {
            reorder();
        }
    }

    /** Removes one posting of {@code ordinal}. */
    void remove(int ordinal) {
        for (int i = size - 1; i >= 0; i--) {
            if (ordinals[i] == ordinal) {
                if (i >= sorted) {
                    int last = --size;
                    ordinals[i] = ordinals[last];
                    signatures[i] = signatures[last];
                    sketches[i] = sketches[last];
                    soughtSketches[i] = soughtSketches[last];
                } else {
                    ordinals[i] = -1;
                    if (++dead >= Math.max(REORDER_AT, size >> 3)) {
                        reorder();
                    }
                }
                return;
            }
        }
    }

    /** Orders the list if anything was added or removed since it was last ordered. */
    void compact() {
        if (size > sorted || dead > 0) {
            reorder();
        }
    }

    /** Live postings (tombstones not counted). */
    int live() {
        return size - dead;
    }

    /** Drops the tombstones, orders every posting and summarizes the blocks. */
    void reorder() {
        int n = 0;
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            if (ordinals[i] >= 0) {
                keys[n++] = key(signatures[i]) << 32 | i;
            }
        }
        Arrays.sort(keys, 0, n);
        int capacity = Math.max(4, n + (n >> 3));
        int[] o = new int[capacity];
        long[] s = new long[capacity];
        long[] k = new long[capacity];
        long[] q = new long[capacity];
        for (int j = 0; j < n; j++) {
            int i = (int) keys[j];
            o[j] = ordinals[i];
            s[j] = signatures[i];
            k[j] = sketches[i];
            q[j] = soughtSketches[i];
        }
        ordinals = o;
        signatures = s;
        sketches = k;
        soughtSketches = q;
        size = n;
        sorted = n;
        dead = 0;
        summaries = new long[blocks() * SUMMARY];
        for (int b = 0; b < blocks(); b++) {
            summarize(b);
        }
    }

    /**
     * The order of the ordered part: cooperation sought, cooperation offered, certifications required, verified,
     * economy (the terms of the bound that vary most between candidates after the HS codes, so that a block's summary
     * is nearly each of its postings' own).
     */
    private static long key(long signature) {
        return (((Signature.cooperationSought(signature) << 7 | Signature.cooperationOffered(signature)) << 4
                | Signature.certificationsRequired(signature)) << 1 | (Signature.verified(signature) ? 1 : 0)) << 6
                | Signature.economy(signature);
    }

    /**
     * Block {@code b}'s summary: the OR of its signatures' cooperation, verified and target bits; the most
     * certifications required, HS codes sought and the latest activity day, whether one offers more codes than its
     * sketch holds, and the union of its offered subheading hashes (4 bits each); the set of its economies; the
     * union of its offered heading (256 bits) and chapter hashes; and for each of the three sought slots the union
     * of its subheading hashes mod 64 (subheadings only), heading hashes (headings and subheadings) and chapter
     * hashes, so that a block's candidates are bounded slot by slot (one union of all three slots would charge
     * every slot of every candidate with the best meeting of any).
     */
    private void summarize(int b) {
        long or = 0;
        int certifications = 0;
        int sought = 0;
        int day = 0;
        long tooMany = 0;
        long offeredSubheadings = 0;
        long economies = 0;
        long[] offeredHeadings = new long[4];
        long offeredChapters = 0;
        long[] soughtSubheadings = new long[CodeSketch.CODES];
        long[] soughtHeadings = new long[CodeSketch.CODES];
        long[] soughtChapters = new long[CodeSketch.CODES];
        for (int i = b * BLOCK, end = Math.min(sorted, i + BLOCK); i < end; i++) {
            long s = signatures[i];
            or |= s & OR_BITS;
            certifications = Math.max(certifications, Signature.certificationsRequired(s));
            sought = Math.max(sought, Signature.hsSought(s));
            day = Math.max(day, (int) (s >>> 29 & 0xFFFF));
            economies |= 1L << Signature.economy(s);
            long offered = sketches[i];
            if (CodeSketch.codesOffered(offered) > CodeSketch.CODES) {
                tooMany = 1;
            }
            for (int slot = 0; slot < CodeSketch.CODES; slot++) {
                int heading = CodeSketch.offeredHeading(offered, slot);
                int chapter = CodeSketch.offeredChapter(offered, slot);
                if (heading != 255) {
                    offeredHeadings[heading >>> 6] |= 1L << (heading & 63);
                }
                if (chapter != 63) {
                    offeredChapters |= 1L << chapter;
                    offeredSubheadings |= 1L << CodeSketch.offeredSubheading(offered, slot);
                }
                long seeks = soughtSketches[i];
                int level = CodeSketch.level(seeks, slot);
                if (level == 3) {
                    soughtSubheadings[slot] |= 1L << (CodeSketch.subheading255(seeks, slot) & 63);
                }
                if (level >= 2) {
                    soughtHeadings[slot] |= 1L << CodeSketch.heading63(seeks, slot);
                }
                if (level >= 1) {
                    soughtChapters[slot] |= 1L << CodeSketch.chapter31(seeks, slot);
                }
            }
        }
        int at = b * SUMMARY;
        summaries[at + SIG_OR] = or;
        summaries[at + MAXES] = certifications | sought << 4 | (long) day << 8 | tooMany << 24 | offeredSubheadings << 32;
        summaries[at + ECONOMIES] = economies;
        System.arraycopy(offeredHeadings, 0, summaries, at + OFFERED_HEADINGS, 4);
        summaries[at + OFFERED_CHAPTERS] = offeredChapters;
        System.arraycopy(soughtSubheadings, 0, summaries, at + SOUGHT_SUBHEADINGS, CodeSketch.CODES);
        System.arraycopy(soughtHeadings, 0, summaries, at + SOUGHT_HEADINGS, CodeSketch.CODES);
        summaries[at + SOUGHT_CHAPTERS] = soughtChapters[0] | soughtChapters[1] << 32;
        summaries[at + SOUGHT_CHAPTERS + 1] = soughtChapters[2];
    }

    /** Bytes held, counted as the JVM lays the arrays out (16-byte headers, 4 and 8 bytes a slot). */
    long bytes() {
        return 16 + 24 + 4L * ordinals.length + 3 * (16 + 8L * signatures.length) + 16 + 8L * summaries.length;
    }
}

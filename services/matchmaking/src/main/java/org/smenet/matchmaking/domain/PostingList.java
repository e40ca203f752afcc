package org.smenet.matchmaking.domain;

import java.util.Arrays;

/**
 * The profiles (ordinals) filed under one key of the index, each with its {@link Signature} and {@link CodeSketch}es inline, so
 * that a query bounds a candidate's score while reading the list front to back, without touching the
 * candidate's entry. Order is not kept on removal (a posting list is a multiset).
 */
final class PostingList {

    int[] ordinals = new int[4];
    long[] signatures = new long[4];
    long[] sketches = new long[4];
    long[] soughtSketches = new long[4];
    int size;

    void add(int ordinal, long signature, long sketch, long soughtSketch) {
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
    }

    /** Removes one posting of {@code ordinal}. */
    void remove(int ordinal) {
        for (int i = 0; i < size; i++) {
            if (ordinals[i] == ordinal) {
                ordinals[i] = ordinals[--size];
                signatures[i] = signatures[size];
                sketches[i] = sketches[size];
                soughtSketches[i] = soughtSketches[size];
                return;
            }
        }
    }

    /** Bytes held, counted as the JVM lays the arrays out (16-byte headers, 4 and 8 bytes a slot). */
    long bytes() {
        return 16 + 16 + 4L * ordinals.length + 3 * (16 + 8L * signatures.length);
    }
}

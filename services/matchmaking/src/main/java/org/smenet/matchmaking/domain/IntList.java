package org.smenet.matchmaking.domain;

import java.util.Arrays;

/** A growable list of ints without boxing; order is not kept on removal (a posting list is a set). */
final class IntList {

    int[] values = new int[4];
    int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        values[size++] = value;
    }

    void remove(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                values[i] = values[--size];
                return;
            }
        }
    }

    /** Bytes held, counted as the JVM lays the array out (16-byte header, 4 bytes a slot). */
    long bytes() {
        return 16 + 16 + 4L * values.length;
    }
}

package org.smenet.matchmaking.domain;

import java.util.Arrays;

/**
 * Ints filed by bucket (a bound's quarter point), taken back bucket by bucket from the highest: the order in
 * which a query expands blocks and scores candidates. Reused across queries ({@link #clear}).
 */
final class BucketQueue {

    final int[][] items;
    final int[] sizes;
    /** The highest bucket holding anything, -1: none (a clear costs only the buckets used). */
    private int highest = -1;

    BucketQueue(int buckets) {
        items = new int[buckets][];
        sizes = new int[buckets];
        Arrays.fill(items, new int[0]);
    }

    void add(int bucket, int value) {
        int[] list = items[bucket];
        int n = sizes[bucket];
        if (n == list.length) {
            list = items[bucket] = Arrays.copyOf(list, Math.max(16, n * 2));
        }
        list[n] = value;
        sizes[bucket] = n + 1;
        if (bucket > highest) {
            highest = bucket;
        }
    }

    int highest() {
        return highest;
    }

    void clear() {
        for (int b = 0; b <= highest; b++) {
            sizes[b] = 0;
        }
        highest = -1;
    }
}

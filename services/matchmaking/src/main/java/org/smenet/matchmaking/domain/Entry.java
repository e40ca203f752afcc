package org.smenet.matchmaking.domain;

import java.util.Arrays;

/**
 * One profile as the index keeps it: codes packed into ints (see {@link Codes}), cooperation types and
 * target economies as bit masks, certifications and languages as ids of the index's vocabularies.
 *
 * <p>The six int lists (HS offered, HS sought, ISIC, certifications held, required, languages) are one
 * array, {@link #data}, cut at {@link #soughtAt}, {@link #isicAt}, … so that scoring a candidate reads one
 * array after the entry instead of six (each a cache miss at 1,000,000 profiles).
 */
final class Entry {

    static final int[] NONE = new int[0];

    final String id;
    final int economy;
    /** HS offered [0, soughtAt), HS sought [soughtAt, isicAt), ISIC [isicAt, certificationsAt), certifications
     * held [certificationsAt, requiredAt), required [requiredAt, languagesAt), languages [languagesAt, length). */
    final int[] data;
    final short soughtAt;
    final short isicAt;
    final short certificationsAt;
    final short requiredAt;
    final short languagesAt;
    final int cooperationOffered;
    final int cooperationSought;
    final long targets;
    final boolean verified;
    final int lastActivityDay;

    Entry(String id, int economy, int[] hsOffered, int[] hsSought, int[] isic, int cooperationOffered,
            int cooperationSought, long targets, int[] certifications, int[] certificationsRequired, int[] languages,
            boolean verified, int lastActivityDay) {
        this.id = id;
        this.economy = economy;
        int n = hsOffered.length + hsSought.length + isic.length + certifications.length + certificationsRequired.length
                + languages.length;
        if (n > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many codes in one profile: " + n);
        }
        int[] d = n == 0 ? NONE : new int[n];
        int at = 0;
        at = copy(hsOffered, d, at);
        this.soughtAt = (short) at;
        at = copy(hsSought, d, at);
        this.isicAt = (short) at;
        at = copy(isic, d, at);
        this.certificationsAt = (short) at;
        at = copy(certifications, d, at);
        this.requiredAt = (short) at;
        at = copy(certificationsRequired, d, at);
        this.languagesAt = (short) at;
        copy(languages, d, at);
        this.data = d;
        this.cooperationOffered = cooperationOffered;
        this.cooperationSought = cooperationSought;
        this.targets = targets;
        this.verified = verified;
        this.lastActivityDay = lastActivityDay;
    }

    private static int copy(int[] from, int[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    int[] hsOffered() {
        return Arrays.copyOfRange(data, 0, soughtAt);
    }

    int[] hsSought() {
        return Arrays.copyOfRange(data, soughtAt, isicAt);
    }

    int[] isic() {
        return Arrays.copyOfRange(data, isicAt, certificationsAt);
    }

    int hsOfferedCount() {
        return soughtAt;
    }

    int hsSoughtCount() {
        return isicAt - soughtAt;
    }

    int certificationCount() {
        return requiredAt - certificationsAt;
    }

    int requiredCount() {
        return languagesAt - requiredAt;
    }

    /** Bytes this entry holds beyond its id (object and array, compressed references, 8-byte alignment). */
    long bytes() {
        return align(12 + 4 + 4 + 5 * 2 + 4 + 4 + 8 + 1 + 4 + 4) + (data.length == 0 ? 0 : align(16 + 4L * data.length));
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }
}

package org.smenet.matchmaking.domain;

/**
 * One profile as the index keeps it: codes packed into ints (see {@link Codes}), cooperation types and
 * target economies as bit masks, certifications and languages as ids of the index's vocabularies.
 */
final class Entry {

    static final int[] NONE = new int[0];

    final String id;
    final int economy;
    final int[] hsOffered;
    final int[] hsSought;
    final int[] isic;
    final int cooperationOffered;
    final int cooperationSought;
    final long targets;
    final int[] certifications;
    final int[] certificationsRequired;
    final int[] languages;
    final boolean verified;
    final int lastActivityDay;

    Entry(String id, int economy, int[] hsOffered, int[] hsSought, int[] isic, int cooperationOffered,
            int cooperationSought, long targets, int[] certifications, int[] certificationsRequired, int[] languages,
            boolean verified, int lastActivityDay) {
        this.id = id;
        this.economy = economy;
        this.hsOffered = hsOffered;
        this.hsSought = hsSought;
        this.isic = isic;
        this.cooperationOffered = cooperationOffered;
        this.cooperationSought = cooperationSought;
        this.targets = targets;
        this.certifications = certifications;
        this.certificationsRequired = certificationsRequired;
        this.languages = languages;
        this.verified = verified;
        this.lastActivityDay = lastActivityDay;
    }

    /** Bytes this entry holds beyond its id (object and arrays, compressed references, 8-byte alignment). */
    long bytes() {
        return align(12 + 4 * 11 + 8 + 2) + array(hsOffered) + array(hsSought) + array(isic) + array(certifications)
                + array(certificationsRequired) + array(languages);
    }

    private static long array(int[] a) {
        return a.length == 0 ? 0 : align(16 + 4L * a.length);
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }
}

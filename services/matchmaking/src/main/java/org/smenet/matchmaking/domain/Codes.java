package org.smenet.matchmaking.domain;

/**
 * HS 2022 and ISIC Rev.4 codes packed into one int each, so the index keeps them in primitive arrays:
 * the code's digits padded to full length, times ten, plus its level. HS "0901" → 090100·10 + 2;
 * ISIC "107" → 1070·10 + 3. Comparing two packed codes says at which level of the hierarchy they meet.
 */
public final class Codes {

    /** Levels at which two codes meet: not at all, same chapter/division, heading/group, subheading/class. */
    public static final int NONE = 0;
    public static final int TOP = 1;
    public static final int MIDDLE = 2;
    public static final int EXACT = 3;

    private Codes() {
    }

    /** "09" → level 1, "0901" → 2, "090111" → 3; anything else (a typo, a section letter) → -1. */
    public static int hs(String code) {
        if (code == null || !(code.length() == 2 || code.length() == 4 || code.length() == 6) || !digits(code)) {
            return -1;
        }
        int padded = Integer.parseInt(code) * pow10(6 - code.length());
        return padded * 10 + code.length() / 2;
    }

    /** "10" → level 2 (division), "107" → 3 (group), "1079" → 4 (class); a section letter → -1. */
    public static int isic(String code) {
        if (code == null || code.length() < 2 || code.length() > 4 || !digits(code)) {
            return -1;
        }
        int padded = Integer.parseInt(code) * pow10(4 - code.length());
        return padded * 10 + code.length();
    }

    public static String hsText(int packed) {
        return digits(packed / 10, 6, packed % 10 * 2);
    }

    public static String isicText(int packed) {
        return digits(packed / 10, 4, packed % 10);
    }

    /**
     * The first {@code length} of the {@code width} digits of {@code value}, zero-padded (what
     * {@code String.format("%0<width>d", value).substring(0, length)} gives, without a Formatter: every suggestion's
     * reasons name their codes, and formatting them was a quarter of a top-20 query).
     */
    private static String digits(int value, int width, int length) {
        char[] text = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(text, 0, Math.max(0, Math.min(width, length)));
    }

    /** The HS heading (4 digits, as a number) of a code of heading or subheading level; -1 for a chapter. */
    public static int hsHeading(int packed) {
        return packed % 10 >= 2 ? packed / 10 / 100 : -1;
    }

    public static int hsChapter(int packed) {
        return packed / 10 / 10_000;
    }

    /** How closely two HS codes meet: same subheading, same heading, same chapter, or not at all. */
    public static int hsMeet(int a, int b) {
        int pa = a / 10;
        int pb = b / 10;
        if (pa / 10_000 != pb / 10_000) {
            return NONE;
        }
        int level = Math.min(a % 10, b % 10);
        if (level >= 2 && pa / 100 == pb / 100) {
            return level == 3 && pa == pb ? EXACT : MIDDLE;
        }
        return TOP;
    }

    /** The ISIC class of a class-level code, -1 otherwise. */
    public static int isicClass(int packed) {
        return packed % 10 == 4 ? packed / 10 : -1;
    }

    /** How closely two ISIC codes meet: same class, same group, same division, or not at all. */
    public static int isicMeet(int a, int b) {
        int pa = a / 10;
        int pb = b / 10;
        if (pa / 100 != pb / 100) {
            return NONE;
        }
        int level = Math.min(a % 10, b % 10);
        if (level >= 3 && pa / 10 == pb / 10) {
            return level == 4 && pa == pb ? EXACT : MIDDLE;
        }
        return TOP;
    }

    private static boolean digits(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}

package org.smenet.kit.web;

/**
 * The shapes of ids and codes every API accepts, defined once (compile-time constants, so they serve in
 * {@code @Pattern} annotations). Whether a code really exists is the reference data's question; these
 * only keep malformed input, and query operators hidden in strings, out.
 */
public final class Patterns {

    /** An aggregate id: a UUID or a readable slug. */
    public static final String ID = "[A-Za-z0-9-]{1,64}";
    /** An organisation id as the token's {@code org} claim carries it. */
    public static final String ORG = "[A-Za-z0-9._-]{1,64}";
    /** ISO 3166-1 alpha-2. */
    public static final String ECONOMY = "[A-Z]{2}";
    /** HS 2022: chapter, heading or subheading. */
    public static final String HS = "\\d{2}|\\d{4}|\\d{6}";
    /** ISIC Rev.4: section letter, division, group or class. */
    public static final String ISIC = "[A-U]|\\d{2,4}";
    /** ISO 639-1/-2 language code. */
    public static final String LANGUAGE = "[a-z]{2,3}";
    /** An http(s) URL without white space. */
    public static final String URL = "https?://[^\\s]+";
    /** A telephone number as people write it. */
    public static final String PHONE = "[+0-9 ()-]*";

    private Patterns() {
    }
}

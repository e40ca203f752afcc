package org.smenet.contracts;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one correlation-id rule of the node, shared by the gateway and every service: the header that
 * carries it over HTTP, the Kafka header that carries it on events, the MDC key, and what a
 * well-formed id looks like (letters, digits and {@code . _ : -}, 8 to 128 characters, starting with a
 * letter or digit, so a UUID or a W3C trace id fits). Anything else is replaced by a new UUID.
 */
public final class Correlation {

    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String KAFKA_HEADER = "correlation-id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,127}");

    private Correlation() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** The caller's id when it is well formed, otherwise a new one. */
    public static String accept(String candidate) {
        return isWellFormed(candidate) ? candidate : UUID.randomUUID().toString();
    }
}

package org.smenet.kit.web;

import java.util.ArrayList;
import java.util.List;
import org.smenet.kit.errors.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * The {@code If-Match} precondition of an update (RFC 9110 §13.1.1), parsed once for every service.
 * Updates require it (428 without it); ETags are strong ({@code "<version>"}), so a weak tag never
 * matches; {@code *} matches any current version; a tag that does not match gives 412.
 */
public record IfMatch(boolean any, List<Long> versions) {

    public static final String HEADER = "If-Match";

    /** The strong ETag of an aggregate at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Parses the header of an update; a missing header is a 428 problem. */
    public static IfMatch require(String header) {
        if (header == null || header.isBlank()) {
            throw new RuleViolation("precondition-required", HttpStatus.PRECONDITION_REQUIRED, HEADER,
                    "Updates need If-Match with the ETag of the version you read (e.g. If-Match: \"3\"), so that "
                            + "nobody's change is lost");
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                continue; // weak tags never match under the strong comparison If-Match uses
            }
            if (t.length() < 3 || !t.startsWith("\"") || !t.endsWith("\"")) {
                throw RuleViolation.invalid(HEADER, "If-Match must list entity tags in quotes, e.g. \"3\"");
            }
            try {
                versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
            } catch (NumberFormatException notOurs) {
                // a tag this service never issued cannot match; it stays out of the list
            }
        }
        return new IfMatch(false, List.copyOf(versions));
    }

    public boolean matches(long version) {
        return any || versions.contains(version);
    }

    /** Refuses with 412 unless the stored {@code version} is one the caller named. */
    public void check(String what, String id, long version) {
        if (!matches(version)) {
            throw new RuleViolation("stale-version", HttpStatus.PRECONDITION_FAILED, HEADER, what + " " + id
                    + " is at version " + version + " (ETag " + etag(version) + "); read it again and retry");
        }
    }
}

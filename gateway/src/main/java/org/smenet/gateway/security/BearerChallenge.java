package org.smenet.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code WWW-Authenticate: Bearer ...} challenge of RFC 6750, section 3. */
final class BearerChallenge {

    private BearerChallenge() {
    }

    static String of(String error, String description) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (error != null) {
            parameters.put("error", error);
        }
        if (description != null) {
            parameters.put("error_description", description);
        }
        if (parameters.isEmpty()) {
            return "Bearer";
        }
        return "Bearer " + parameters.entrySet().stream()
                .map(p -> p.getKey() + "=\"" + p.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
    }
}

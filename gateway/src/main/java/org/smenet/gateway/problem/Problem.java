package org.smenet.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem the gateway answers with itself (as opposed to one relayed from a service).
 * Each kind has a stable {@code type} URI under {@value #TYPE_BASE}.
 */
public record Problem(URI type, String title, HttpStatus status, String detail, Map<String, Object> extensions) {

    public static final String TYPE_BASE = "https://smenet.org/problems/";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(String kind, String title, HttpStatus status, String detail) {
        return new Problem(URI.create(TYPE_BASE + kind), title, status, detail, Map.of());
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, more);
    }

    /** The members in RFC 9457 order, extensions last. */
    Map<String, Object> members(String instance) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type.toString());
        members.put("title", title);
        members.put("status", status.value());
        members.put("detail", detail);
        if (instance != null) {
            members.put("instance", instance);
        }
        members.putAll(extensions);
        return members;
    }
}

package org.smenet.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    /**
     * The gateway's problem for a client error it answers itself; {@code kind} follows the status
     * ({@code 404} {@code not-found}, {@code 405} {@code method-not-allowed}, {@code 413} {@code payload-too-large},
     * {@code 414} {@code uri-too-long}, {@code 431} {@code request-header-fields-too-large}, ...).
     */
    public static Problem forStatus(HttpStatus status, String detail) {
        return switch (status.value()) {
            case 413 -> of("payload-too-large", "Payload too large", status, detail);
            case 414 -> of("uri-too-long", "URI too long", status, detail);
            default -> {
                String phrase = status.getReasonPhrase().toLowerCase(Locale.ROOT);
                yield of(phrase.replaceAll("[^a-z0-9]+", "-"), Character.toUpperCase(phrase.charAt(0))
                        + phrase.substring(1), status, detail);
            }
        };
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

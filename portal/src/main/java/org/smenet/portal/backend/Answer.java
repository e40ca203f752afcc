package org.smenet.portal.backend;

import java.util.List;
import java.util.Map;

/**
 * What a service answered, as a page uses it: the status, the JSON body (an object), the ETag, and for a
 * refusal the problem's detail and the field at fault (RFC 9457, as every service answers).
 */
public record Answer(int status, Map<String, Object> body, String etag) {

    public static Answer unreachable(String service) {
        return new Answer(503, Map.of("detail", service + " is not reachable", "service", service), null);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Object get(String key) {
        return body == null ? null : body.get(key);
    }

    /** The items of a page of results ({@code content} in a {@code PageView}, {@code items} in the feed). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
        if (!ok() || body == null) {
            return List.of();
        }
        Object items = body.containsKey("content") ? body.get("content") : body.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    public String detail() {
        Object detail = get("detail");
        return detail == null ? "HTTP " + status : String.valueOf(detail);
    }

    /** The field a refusal names, if any. */
    public String field() {
        Object field = get("field");
        return field == null ? null : String.valueOf(field);
    }
}

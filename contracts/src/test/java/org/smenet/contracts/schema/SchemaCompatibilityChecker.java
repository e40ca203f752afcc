package org.smenet.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a schema with its frozen previous version and lists every change that could break a
 * producer or a consumer of events already on the log.
 *
 * <p>Kafka topics are replayed: a consumer built on the new schema reads old events, and consumers
 * built on the old schema read new events. So events valid under one version must stay valid under the
 * other. The only change allowed is adding an optional property where additional properties were
 * already allowed (consumers ignore what they do not know), plus annotations such as {@code
 * description}. Everything else (a property removed, a type changed or widened, a property made
 * required or optional, an enum value removed or added, a pattern/format/bound added or changed,
 * {@code additionalProperties} closed, a {@code $ref} retargeted) is reported, recursively through
 * nested objects, arrays and combinators.
 */
public final class SchemaCompatibilityChecker {

    private static final Set<String> ANNOTATIONS = Set.of(
            "title", "description", "examples", "$comment", "default", "deprecated", "readOnly", "writeOnly");
    private static final Set<String> SUBSCHEMA = Set.of(
            "not", "if", "then", "else", "contains", "propertyNames", "additionalItems", "unevaluatedItems",
            "unevaluatedProperties", "contentSchema");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SUBSCHEMA_MAPS = Set.of("$defs", "definitions", "patternProperties",
            "dependentSchemas");
    private static final Set<String> UPPER_BOUNDS = Set.of(
            "maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum", "maxContains");
    private static final Set<String> LOWER_BOUNDS = Set.of(
            "minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum", "minContains");

    private SchemaCompatibilityChecker() {
    }

    /** The breaking changes from {@code frozen} to {@code current}; empty when compatible. */
    public static List<String> breakingChanges(JsonNode frozen, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("#", frozen, current, problems);
        return problems;
    }

    private static void compare(String at, JsonNode old, JsonNode now, List<String> out) {
        if (old.isBoolean() || now.isBoolean()) {
            if (!old.equals(now)) {
                out.add(at + ": schema changed from " + old + " to " + now);
            }
            return;
        }
        Set<String> keywords = new TreeSet<>();
        old.fieldNames().forEachRemaining(keywords::add);
        now.fieldNames().forEachRemaining(keywords::add);
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword)) {
                continue;
            }
            JsonNode o = old.get(keyword);
            JsonNode n = now.get(keyword);
            switch (keyword) {
                case "properties" -> properties(at, old, now, out);
                case "required" -> required(at, o, n, out);
                case "type" -> type(at, o, n, out);
                case "enum" -> enumValues(at, o, n, out);
                case "additionalProperties" -> additionalProperties(at, o, n, out);
                case "items" -> subschemaOrList(at + "/items", "items", o, n, out);
                default -> {
                    if (SUBSCHEMA.contains(keyword)) {
                        subschemaOrList(at + "/" + keyword, keyword, o, n, out);
                    } else if (SUBSCHEMA_LISTS.contains(keyword)) {
                        subschemaOrList(at + "/" + keyword, keyword, o, n, out);
                    } else if (SUBSCHEMA_MAPS.contains(keyword)) {
                        subschemaMap(at + "/" + keyword, keyword, o, n, out);
                    } else {
                        value(at, keyword, o, n, out);
                    }
                }
            }
        }
    }

    private static void properties(String at, JsonNode old, JsonNode now, List<String> out) {
        JsonNode oldProperties = old.path("properties");
        JsonNode newProperties = now.path("properties");
        oldProperties.fieldNames().forEachRemaining(name -> {
            String where = at + "/properties/" + name;
            if (!newProperties.has(name)) {
                out.add(where + ": property removed");
            } else {
                compare(where, oldProperties.get(name), newProperties.get(name), out);
            }
        });
        JsonNode oldAdditional = old.get("additionalProperties");
        boolean oldAllowedUnknown = oldAdditional == null || oldAdditional.equals(JsonNodes.TRUE);
        newProperties.fieldNames().forEachRemaining(name -> {
            if (!oldProperties.has(name) && !oldAllowedUnknown) {
                out.add(at + "/properties/" + name
                        + ": property added where the frozen schema did not allow additional properties");
            }
        });
    }

    private static void required(String at, JsonNode o, JsonNode n, List<String> out) {
        Set<String> before = strings(o);
        Set<String> after = strings(n);
        for (String name : after) {
            if (!before.contains(name)) {
                out.add(at + "/required: new required property '" + name + "' (events already on the log lack it)");
            }
        }
        for (String name : before) {
            if (!after.contains(name)) {
                out.add(at + "/required: property '" + name + "' no longer required (consumers rely on it)");
            }
        }
    }

    private static void type(String at, JsonNode o, JsonNode n, List<String> out) {
        if (o == null) {
            out.add(at + "/type: type added (" + n + "), values of other types become invalid");
            return;
        }
        if (n == null) {
            out.add(at + "/type: type " + o + " removed, consumers may receive any type");
            return;
        }
        Set<String> before = strings(o);
        Set<String> after = strings(n);
        if (before.equals(after)) {
            return;
        }
        String change = before.containsAll(after) ? "narrowed" : after.containsAll(before) ? "widened" : "changed";
        out.add(at + "/type: type " + change + " from " + before + " to " + after);
    }

    private static void enumValues(String at, JsonNode o, JsonNode n, List<String> out) {
        if (o == null) {
            out.add(at + "/enum: enum added " + n);
            return;
        }
        if (n == null) {
            out.add(at + "/enum: enum removed, consumers may receive values they do not know");
            return;
        }
        Set<JsonNode> before = new LinkedHashSet<>();
        o.forEach(before::add);
        Set<JsonNode> after = new LinkedHashSet<>();
        n.forEach(after::add);
        List<JsonNode> removed = before.stream().filter(v -> !after.contains(v)).toList();
        List<JsonNode> added = after.stream().filter(v -> !before.contains(v)).toList();
        if (!removed.isEmpty()) {
            out.add(at + "/enum: enum value removed " + removed);
        }
        if (!added.isEmpty()) {
            out.add(at + "/enum: enum value added " + added + " (consumers of the frozen version do not know it)");
        }
    }

    private static void additionalProperties(String at, JsonNode o, JsonNode n, List<String> out) {
        JsonNode before = o == null ? JsonNodes.TRUE : o;
        JsonNode after = n == null ? JsonNodes.TRUE : n;
        if (before.isObject() && after.isObject()) {
            compare(at + "/additionalProperties", before, after, out);
        } else if (!before.equals(after)) {
            String change = after.equals(JsonNodes.FALSE) ? "turned false (unknown fields now rejected)"
                    : before.equals(JsonNodes.TRUE) ? "constrained to " + after
                    : "changed from " + before + " to " + after;
            out.add(at + "/additionalProperties: " + change);
        }
    }

    private static void subschemaOrList(String at, String keyword, JsonNode o, JsonNode n, List<String> out) {
        if (o == null || n == null) {
            out.add(at + ": " + keyword + (o == null ? " added" : " removed"));
        } else if (o.isArray() && n.isArray()) {
            if (o.size() != n.size()) {
                out.add(at + ": " + keyword + " changed from " + o.size() + " to " + n.size() + " subschemas");
            }
            for (int i = 0; i < Math.min(o.size(), n.size()); i++) {
                compare(at + "/" + i, o.get(i), n.get(i), out);
            }
        } else if (o.isArray() != n.isArray()) {
            out.add(at + ": " + keyword + " changed between a list and a single schema");
        } else {
            compare(at, o, n, out);
        }
    }

    private static void subschemaMap(String at, String keyword, JsonNode o, JsonNode n, List<String> out) {
        JsonNode before = o == null ? JsonNodes.EMPTY : o;
        JsonNode after = n == null ? JsonNodes.EMPTY : n;
        boolean definitionsOnly = keyword.equals("$defs") || keyword.equals("definitions");
        before.fieldNames().forEachRemaining(name -> {
            if (!after.has(name)) {
                out.add(at + "/" + name + ": removed");
            } else {
                compare(at + "/" + name, before.get(name), after.get(name), out);
            }
        });
        if (!definitionsOnly) {
            after.fieldNames().forEachRemaining(name -> {
                if (!before.has(name)) {
                    out.add(at + "/" + name + ": added");
                }
            });
        }
    }

    private static void value(String at, String keyword, JsonNode o, JsonNode n, List<String> out) {
        if (o != null && o.equals(n)) {
            return;
        }
        String where = at + "/" + keyword + ": ";
        if (o == null) {
            out.add(where + keyword + " " + n + " added on an existing schema");
        } else if (n == null) {
            out.add(where + keyword + " " + o + " removed");
        } else if (o.isNumber() && n.isNumber() && (UPPER_BOUNDS.contains(keyword) || LOWER_BOUNDS.contains(keyword))) {
            String direction = n.decimalValue().compareTo(o.decimalValue()) < 0 ? "lowered" : "raised";
            out.add(where + keyword + " " + direction + " from " + o + " to " + n);
        } else {
            out.add(where + keyword + " changed from " + o + " to " + n);
        }
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node == null) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    private static final class JsonNodes {
        static final JsonNode TRUE = SchemaCatalog.JSON.getNodeFactory().booleanNode(true);
        static final JsonNode FALSE = SchemaCatalog.JSON.getNodeFactory().booleanNode(false);
        static final JsonNode EMPTY = SchemaCatalog.JSON.createObjectNode();
    }
}

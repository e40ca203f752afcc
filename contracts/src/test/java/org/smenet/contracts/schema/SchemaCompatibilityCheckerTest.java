package org.smenet.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checker itself: it must catch each kind of breaking change and let additive optional changes pass. */
class SchemaCompatibilityCheckerTest {

    private static final String BASE = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:smenet:schema:test/sample.v1.json",
              "type": "object",
              "required": ["id", "economy", "lines"],
              "properties": {
                "id": { "type": "string", "minLength": 1 },
                "economy": { "type": "string", "pattern": "^[A-Z]{2}$" },
                "name": { "type": ["string", "null"], "maxLength": 200 },
                "size": { "enum": ["MICRO", "SMALL", "MEDIUM"] },
                "website": { "type": ["string", "null"] },
                "profile": { "$ref": "profile.v1.json" },
                "address": {
                  "type": ["object", "null"],
                  "required": ["city"],
                  "properties": {
                    "city": { "type": "string" },
                    "street": { "type": ["string", "null"] }
                  }
                },
                "lines": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["hs"],
                    "properties": {
                      "hs": { "type": "string", "pattern": "^[0-9]{2}([0-9]{2}([0-9]{2})?)?$" },
                      "quantity": { "type": ["integer", "null"], "minimum": 0 }
                    }
                  }
                }
              }
            }
            """;

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                breaking("property removed", s -> props(s).remove("name"), "#/properties/name: property removed"),
                breaking("nested property removed", s -> props(s, "address").remove("street"),
                        "#/properties/address/properties/street: property removed"),
                breaking("property removed inside array items", s -> itemProps(s).remove("quantity"),
                        "#/properties/lines/items/properties/quantity: property removed"),
                breaking("type changed", s -> prop(s, "id").put("type", "integer"), "type changed"),
                breaking("type narrowed (null no longer allowed)", s -> prop(s, "name").put("type", "string"),
                        "#/properties/name/type: type narrowed"),
                breaking("type widened", s -> itemProp(s, "quantity").putArray("type").add("number").add("null"),
                        "#/properties/lines/items/properties/quantity/type: type changed"),
                breaking("new required property", s -> ((ArrayNode) s.get("required")).add("name"),
                        "new required property 'name'"),
                breaking("new required property with a new field",
                        s -> {
                            props(s).putObject("registeredAt").put("type", "string");
                            ((ArrayNode) s.get("required")).add("registeredAt");
                        },
                        "new required property 'registeredAt'"),
                breaking("nested new required property",
                        s -> ((ArrayNode) prop(s, "address").get("required")).add("street"),
                        "#/properties/address/required: new required property 'street'"),
                breaking("required property made optional", s -> ((ArrayNode) s.get("required")).remove(1),
                        "property 'economy' no longer required"),
                breaking("enum value removed", s -> prop(s, "size").putArray("enum").add("MICRO").add("SMALL"),
                        "enum value removed [\"MEDIUM\"]"),
                breaking("enum value added", s -> ((ArrayNode) prop(s, "size").get("enum")).add("LARGE"),
                        "enum value added [\"LARGE\"]"),
                breaking("additionalProperties turned false", s -> s.put("additionalProperties", false),
                        "#/additionalProperties: turned false"),
                breaking("nested additionalProperties turned false",
                        s -> prop(s, "address").put("additionalProperties", false),
                        "#/properties/address/additionalProperties: turned false"),
                breaking("pattern added on existing property", s -> prop(s, "id").put("pattern", "^ent-"),
                        "#/properties/id/pattern: pattern \"^ent-\" added"),
                breaking("pattern changed", s -> prop(s, "economy").put("pattern", "^[A-Z]{3}$"),
                        "#/properties/economy/pattern: pattern changed"),
                breaking("pattern changed inside array items", s -> itemProp(s, "hs").put("pattern", "^[0-9]{6}$"),
                        "#/properties/lines/items/properties/hs/pattern: pattern changed"),
                breaking("format added on existing property", s -> prop(s, "website").put("format", "uri"),
                        "#/properties/website/format: format \"uri\" added"),
                breaking("maxLength lowered", s -> prop(s, "name").put("maxLength", 100),
                        "#/properties/name/maxLength: maxLength lowered from 200 to 100"),
                breaking("minimum raised", s -> itemProp(s, "quantity").put("minimum", 1), "minimum raised from 0 to 1"),
                breaking("array items narrowed", s -> prop(s, "lines").put("maxItems", 10), "maxItems 10 added"),
                breaking("$ref retargeted", s -> prop(s, "profile").put("$ref", "profile.v2.json"),
                        "#/properties/profile/$ref: $ref changed from \"profile.v1.json\" to \"profile.v2.json\""),
                breaking("$id changed", s -> s.put("$id", "urn:smenet:schema:test/other.v1.json"), "#/$id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void flagsBreakingChange(Consumer<ObjectNode> change, String expected) {
        ObjectNode current = base();
        change.accept(current);

        assertThat(SchemaCompatibilityChecker.breakingChanges(base(), current))
                .anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    @Test
    void acceptsAdditiveOptionalChanges() {
        ObjectNode current = base();
        props(current).putObject("certifications").put("type", "array").putObject("items").put("type", "string");
        props(current, "address").putObject("region").putArray("type").add("string").add("null");
        itemProps(current).putObject("unit").put("type", "string").put("pattern", "^[A-Z]{3}$");
        prop(current, "name").put("description", "legal name").put("title", "Name");
        current.put("$comment", "added certifications");

        assertThat(SchemaCompatibilityChecker.breakingChanges(base(), current)).isEmpty();
    }

    @Test
    void flagsNewPropertyWhereAdditionalPropertiesWereClosed() {
        ObjectNode frozen = base();
        frozen.put("additionalProperties", false);
        ObjectNode current = base();
        current.put("additionalProperties", false);
        props(current).putObject("note").put("type", "string");

        assertThat(SchemaCompatibilityChecker.breakingChanges(frozen, current))
                .containsExactly("#/properties/note: property added where the frozen schema did not allow additional properties");
    }

    @Test
    void identicalSchemasAreCompatible() {
        assertThat(SchemaCompatibilityChecker.breakingChanges(base(), base())).isEmpty();
    }

    private static Arguments breaking(String name, Consumer<ObjectNode> change, String expected) {
        return Arguments.of(Named.of(name, change), expected);
    }

    private static ObjectNode base() {
        try {
            return (ObjectNode) SchemaCatalog.JSON.readTree(BASE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode props(ObjectNode schema) {
        return (ObjectNode) schema.get("properties");
    }

    private static ObjectNode prop(ObjectNode schema, String name) {
        return (ObjectNode) props(schema).get(name);
    }

    private static ObjectNode props(ObjectNode schema, String name) {
        return props(prop(schema, name));
    }

    private static ObjectNode itemProps(ObjectNode schema) {
        return (ObjectNode) prop(schema, "lines").get("items").get("properties");
    }

    private static ObjectNode itemProp(ObjectNode schema, String name) {
        return (ObjectNode) itemProps(schema).get(name);
    }
}

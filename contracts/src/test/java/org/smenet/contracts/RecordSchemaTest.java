package org.smenet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smenet.contracts.schema.SchemaCatalog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event record of a service, serialised the way services serialise it (Jackson 3, defaults),
 * satisfies its JSON Schema; the schema declares exactly the record's fields; and the schemas reject
 * what they should. Each service has one subclass naming its events and samples.
 */
public abstract class RecordSchemaTest {

    protected static final JsonMapper RECORDS = JsonMapper.builder().build();

    /** Every event type of the service. */
    protected abstract List<EventType<?>> events();

    /** A realistic instance of the type's data record with every field set. */
    protected abstract Object full(EventType<?> type);

    /** The same with every optional field null. */
    protected abstract Object minimal(EventType<?> type);

    @TestFactory
    Stream<DynamicTest> fullSamplesSatisfyTheirSchema() {
        return perEventType(type -> {
            Object sample = full(type);
            assertThat(errors(type, toJson(sample))).as("%s against %s", type.type(), type.schema()).isEmpty();
            assertThat(RECORDS.readValue(RECORDS.writeValueAsString(sample), type.dataClass()))
                    .as("JSON round trip of %s", type.dataClass().getSimpleName())
                    .isEqualTo(sample);
        });
    }

    @TestFactory
    Stream<DynamicTest> samplesWithEveryOptionalFieldNullSatisfyTheirSchema() {
        return perEventType(type -> assertThat(errors(type, toJson(minimal(type))))
                .as("%s with nulls against %s", type.type(), type.schema())
                .isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> schemaDeclaresExactlyTheRecordFields() {
        return perEventType(type -> {
            List<String> mismatches = new ArrayList<>();
            compareFields("#", toJson(full(type)), schemaFile(type.schema()), type.schema(), mismatches);
            assertThat(mismatches).as("record %s vs %s", type.dataClass().getSimpleName(), type.schema()).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredPropertyIsEnforced() {
        return perEventType(type -> {
            JsonNode required = schemaFile(type.schema()).get("required");
            assertThat(required).as("%s lists its required properties", type.schema()).isNotEmpty();
            required.forEach(name -> {
                ObjectNode event = toJson(full(type));
                event.remove(name.asText());
                assertThat(errors(type, event)).as("%s without %s", type.type(), name).isNotEmpty();
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> economyMustBeAnIsoAlpha2Code() {
        return perEventType(type -> {
            for (String bad : List.of("Chile", "cl", "CHL", "")) {
                ObjectNode event = toJson(full(type));
                event.put("economy", bad);
                assertThat(errors(type, event)).as("%s with economy '%s'", type.type(), bad).isNotEmpty();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> unknownFieldsAreAcceptedForForwardCompatibility() {
        return perEventType(type -> {
            ObjectNode event = toJson(full(type));
            event.put("addedInALaterMinorVersion", "x");
            if (event.has("profile")) {
                ((ObjectNode) event.get("profile")).putObject("addedToTheProfileLater").put("n", 1);
            }
            assertThat(errors(type, event)).isEmpty();
        });
    }

    @Test
    void everyEventTypeHasItsSchemaWithMatchingId() {
        for (EventType<?> type : events()) {
            assertThat(RecordSchemaTest.class.getResource(type.schemaResource()))
                    .as("schema of %s at %s", type.type(), type.schemaResource())
                    .isNotNull();
            assertThat(schemaFile(type.schema()).path("$id").asText()).isEqualTo(type.dataschema());
        }
    }

    @Test
    void everySchemaFileIsUsedByAnEventTypeOfSomeService() {
        Set<String> used = new HashSet<>();
        EventCatalog.ALL.forEach(type -> collectReferenced(type.schema(), used));
        assertThat(used).containsExactlyInAnyOrderElementsOf(SchemaCatalog.files(SchemaCatalog.CURRENT).keySet());
    }

    @Test
    void everySchemaIsValidDraft202012WithItsPathAsId() {
        SchemaCatalog.files(SchemaCatalog.CURRENT).forEach((path, file) -> {
            JsonNode schema = SchemaCatalog.read(file);
            assertThat(schema.path("$schema").asText()).as(path).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).as(path).isEqualTo(SchemaCatalog.URN_PREFIX + path);
            assertThat(SchemaCatalog.metaSchema().validate(schema)).as(path).isEmpty();
        });
    }

    private Stream<DynamicTest> perEventType(Consumer<EventType<?>> check) {
        return events().stream().map(type -> dynamicTest(type.type(), () -> check.accept(type)));
    }

    protected void assertRejected(EventType<?> type, Consumer<ObjectNode> corruption) {
        ObjectNode event = toJson(full(type));
        corruption.accept(event);
        assertThat(errors(type, event)).as("%s: %s", type.type(), event).isNotEmpty();
    }

    protected static Set<ValidationMessage> errors(EventType<?> type, JsonNode event) {
        return SchemaCatalog.validator(type.dataschema()).validate(event);
    }

    /** Serialised by Jackson 3 as a service would, read back into the validator's Jackson 2 tree. */
    protected static ObjectNode toJson(Object record) {
        try {
            return (ObjectNode) SchemaCatalog.JSON.readTree(RECORDS.writeValueAsString(record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode schemaFile(String path) {
        return SchemaCatalog.read(SchemaCatalog.CURRENT, path);
    }

    /** Walks the instance and its schema together: each JSON field declared, each declared property present. */
    private static void compareFields(String at, JsonNode instance, JsonNode schema, String schemaPath, List<String> out) {
        if (schema.has("$ref")) {
            String target = SchemaCatalog.resolveRef(schemaPath, schema.get("$ref").asText());
            compareFields(at, instance, schemaFile(target), target, out);
            return;
        }
        if (instance.isObject()) {
            JsonNode properties = schema.path("properties");
            instance.fieldNames().forEachRemaining(name -> {
                if (!properties.has(name)) {
                    out.add(at + "/" + name + " is in the record but not declared in " + schemaPath);
                } else {
                    compareFields(at + "/" + name, instance.get(name), properties.get(name), schemaPath, out);
                }
            });
            properties.fieldNames().forEachRemaining(name -> {
                if (!instance.has(name)) {
                    out.add(at + "/" + name + " is declared in " + schemaPath + " but the record has no such field");
                }
            });
        } else if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                compareFields(at + "/" + i, instance.get(i), schema.get("items"), schemaPath, out);
            }
        }
    }

    private static void collectReferenced(String path, Set<String> seen) {
        if (seen.add(path)) {
            schemaFile(path).findValues("$ref")
                    .forEach(ref -> collectReferenced(SchemaCatalog.resolveRef(path, ref.asText()), seen));
        }
    }
}

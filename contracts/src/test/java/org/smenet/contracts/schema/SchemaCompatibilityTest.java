package org.smenet.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Map;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every current schema with a frozen twin under {@code schemas-frozen/} must stay compatible with it
 * (see {@link SchemaCompatibilityChecker}). To break a contract, publish a new {@code .v2} type instead.
 */
class SchemaCompatibilityTest {

    @TestFactory
    Stream<DynamicTest> currentSchemasStayCompatibleWithTheirFrozenVersion() {
        Map<String, Path> frozen = SchemaCatalog.files(SchemaCatalog.FROZEN);
        Map<String, Path> current = SchemaCatalog.files(SchemaCatalog.CURRENT);
        return current.keySet().stream()
                .filter(frozen::containsKey)
                .map(path -> dynamicTest(path, () -> assertThat(SchemaCompatibilityChecker.breakingChanges(
                                SchemaCatalog.read(frozen.get(path)), SchemaCatalog.read(current.get(path))))
                        .as("breaking changes in schemas/%s against schemas-frozen/%s", path, path)
                        .isEmpty()));
    }

    @Test
    void noFrozenSchemaWasDeleted() {
        assertThat(SchemaCatalog.files(SchemaCatalog.CURRENT).keySet())
                .as("a published schema may not disappear")
                .containsAll(SchemaCatalog.files(SchemaCatalog.FROZEN).keySet());
    }

    @Test
    void theBaselineIsNotEmpty() {
        assertThat(SchemaCatalog.files(SchemaCatalog.FROZEN)).isNotEmpty();
    }
}

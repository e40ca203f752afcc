package org.smenet.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JSON Schemas on the test classpath: the current ones under {@code schemas/} (from the contracts
 * jar) and the frozen baseline under {@code schemas-frozen/}. Schema ids {@code urn:smenet:schema:<path>}
 * resolve to {@code classpath:schemas/<path>}, so relative {@code $ref}s between schemas work offline.
 */
public final class SchemaCatalog {

    public static final String URN_PREFIX = "urn:smenet:schema:";
    public static final String CURRENT = "schemas";
    public static final String FROZEN = "schemas-frozen";

    /** Jackson 2: the validator's own tree model. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(URN_PREFIX, "classpath:" + CURRENT + "/")));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private SchemaCatalog() {
    }

    /** The validator for a {@code ce_dataschema} URI such as {@code urn:smenet:schema:registry/x.v1.json}. */
    public static JsonSchema validator(String dataschema) {
        return FACTORY.getSchema(SchemaLocation.of(dataschema), CONFIG);
    }

    /** The draft 2020-12 meta-schema (bundled in the validator jar, no network). */
    public static JsonSchema metaSchema() {
        return FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
    }

    /** Every {@code .json} file under a classpath directory, keyed by its path relative to that directory. */
    public static Map<String, Path> files(String directory) {
        Path root = directory(directory);
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static JsonNode read(String directory, String relativePath) {
        return read(directory(directory).resolve(relativePath));
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(String directory, String relativePath) {
        return Files.isRegularFile(directory(directory).resolve(relativePath));
    }

    /** Resolves a {@code $ref} found in the schema at {@code fromPath} to a path relative to {@code schemas/}. */
    public static String resolveRef(String fromPath, String ref) {
        if (ref.startsWith("#")) {
            throw new IllegalArgumentException("local refs are not used by these schemas: " + ref);
        }
        if (ref.startsWith(URN_PREFIX)) {
            return ref.substring(URN_PREFIX.length());
        }
        if (ref.contains(":")) {
            throw new IllegalArgumentException("schemas must not reference outside the contracts jar: " + ref);
        }
        int slash = fromPath.lastIndexOf('/');
        return Path.of(slash < 0 ? "" : fromPath.substring(0, slash)).resolve(ref).normalize().toString()
                .replace('\\', '/');
    }

    static Path directory(String directory) {
        URL url = SchemaCatalog.class.getResource("/" + directory);
        if (url == null) {
            throw new IllegalStateException("classpath directory /" + directory + " not found");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

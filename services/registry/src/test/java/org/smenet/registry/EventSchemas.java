package org.smenet.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates event data against the JSON Schemas shipped in the contracts jar. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("urn:smenet:schema:", "classpath:schemas/")));
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Problems found validating {@code data} against the schema named by a {@code ce_dataschema} URI. */
    public static Set<ValidationMessage> validate(String dataschema, byte[] data) {
        try {
            return FACTORY.getSchema(SchemaLocation.of(dataschema)).validate(JSON.readTree(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

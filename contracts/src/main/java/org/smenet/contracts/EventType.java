package org.smenet.contracts;

/**
 * One kind of event the network carries: its CloudEvents type, the topic it travels on, the Java
 * record of its data and the JSON Schema that record must satisfy.
 */
public record EventType<T>(String type, String topic, Class<T> dataClass, String schema) {

    /** The {@code ce_dataschema} URI, resolvable inside the contracts jar. */
    public String dataschema() {
        return "urn:smenet:schema:" + schema;
    }

    /** Classpath location of the JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + schema;
    }
}

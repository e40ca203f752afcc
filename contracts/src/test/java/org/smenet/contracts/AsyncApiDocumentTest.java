package org.smenet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smenet.contracts.schema.SchemaCatalog;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's AsyncAPI document ({@code asyncapi-<service>.yaml} at the root of the contracts jar)
 * describes exactly the topics and event types the service publishes, the public ones also as mirrored
 * {@code {peer}.} channels, and what it consumes. Each service has one subclass naming its events.
 */
public abstract class AsyncApiDocumentTest {

    private final JsonNode DOC = load(service());

    /** The service's name: the document is {@code asyncapi-<service>.yaml}. */
    protected abstract String service();

    /** Every event type the service publishes. */
    protected abstract List<EventType<?>> events();

    /** A realistic instance of the type's data record with every field set. */
    protected abstract Object sample(EventType<?> type);

    /** Its network-public topics (compacted, mirrored to peers as {@code <peer>.<topic>}). */
    protected abstract List<String> publicTopics();

    /** The channel addresses the service receives from (own or others' topics, {@code {peer}.} ones included). */
    protected abstract List<String> received();

    /** Whether the service's public topics are compacted (latest record per key is the state). */
    protected boolean publicTopicsCompacted() {
        return true;
    }

    private List<String> mirrored() {
        return publicTopics().stream().map(topic -> "{peer}." + topic).toList();
    }

    @Test
    void isAnAsyncApi3DocumentWithTheLocalKafkaServer() {
        assertThat(DOC.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOC.path("info").path("title").asText()).isEqualTo("SME Cluster Network — " + service() + " events");
        JsonNode local = DOC.path("servers").path("local");
        assertThat(local.path("host").asText()).isEqualTo("127.0.0.1:9092");
        assertThat(local.path("protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void everyTopicHasExactlyOneChannel() {
        List<String> addresses = new ArrayList<>();
        DOC.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        Set<String> topics = events().stream().map(EventType::topic).collect(Collectors.toSet());
        assertThat(addresses).containsAll(topics).containsAll(mirrored()).containsAll(received())
                .doesNotHaveDuplicates();
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Stream.of(topics.stream(), mirrored().stream(),
                received().stream()).flatMap(s -> s).distinct().toList());
    }

    @TestFactory
    Stream<DynamicTest> everyEventTypeIsAMessageOfItsTopicWithItsSchema() {
        return events().stream().map(type -> dynamicTest(type.type(), () -> {
            JsonNode message = messageOf(channelOf(type.topic()), type);
            assertThat(payloadRef(message)).isEqualTo("./schemas/" + type.schema());
            assertThat(resource(payloadRef(message))).as("payload schema of %s", type.type()).isNotNull();
            JsonNode own = message.path("headers").path("allOf").get(1).path("properties");
            assertThat(own.path("ce_type").path("const").asText()).isEqualTo(type.type());
            assertThat(own.path("ce_dataschema").path("const").asText()).isEqualTo(type.dataschema());
            assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
        }));
    }

    @Test
    void describesItsOwnEventTypesAndOnlyThoseItSends() {
        List<String> sent = new ArrayList<>();
        DOC.path("operations").forEach(operation -> {
            if (operation.path("action").asText().equals("send")) {
                operation.path("messages").forEach(ref -> sent.add(resolve(ref.path("$ref").asText()).path("name").asText()));
            }
        });
        assertThat(sent).containsExactlyInAnyOrderElementsOf(events().stream().map(EventType::type).toList());
    }

    @Test
    void publicTopicsAreMirroredByPeer() {
        for (String topic : publicTopics()) {
            String mirrored = "{peer}." + topic;
            for (String address : List.of(topic, mirrored)) {
                JsonNode channel = channelOf(address);
                if (publicTopicsCompacted()) {
                    assertThat(channel.path("bindings").path("kafka").path("topicConfiguration").path("cleanup.policy"))
                            .as(address).extracting(JsonNode::asText).containsExactly("compact");
                    assertThat(channel.path("x-compacted").asBoolean()).as(address).isTrue();
                }
            }
            assertThat(channelOf(mirrored).path("parameters").has("peer")).isTrue();
            assertThat(messageNames(channelOf(mirrored)))
                    .containsExactlyInAnyOrderElementsOf(messageNames(channelOf(topic)));
        }
    }

    @Test
    void sendsEveryMessageOfItsTopicsAndReceivesWhatItSays() {
        Map<String, List<String>> sent = new HashMap<>();
        Map<String, List<String>> received = new HashMap<>();
        DOC.path("operations").forEach(operation -> {
            String address = resolve(operation.path("channel").path("$ref").asText()).path("address").asText();
            List<String> names = new ArrayList<>();
            operation.path("messages").forEach(ref -> names.add(resolve(ref.path("$ref").asText()).path("name").asText()));
            (operation.path("action").asText().equals("send") ? sent : received).put(address, names);
        });
        events().stream().collect(Collectors.groupingBy(EventType::topic))
                .forEach((topic, types) -> assertThat(sent.get(topic)).as("sent on %s", topic)
                        .containsExactlyInAnyOrderElementsOf(types.stream().map(EventType::type).toList()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(received());
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOC, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertThat(resolve(ref).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(resource(ref)).as(ref).isNotNull();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> headersDescribeWhatEventEnvelopeWrites() {
        JsonMapper records = JsonMapper.builder().build();
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        return events().stream().map(type -> dynamicTest(type.type(), () -> {
            Object data = sample(type);
            String subject = SchemaCatalog.JSON.readTree(records.writeValueAsString(data)).elements().next().asText();
            var envelope = new EventEnvelope("9b2f6c1e-2d4a-4f7e-9a51-0c3e7d1f5a22", EventEnvelope.sourceOf("VN", service()),
                    type.type(), subject, Instant.parse("2026-03-14T08:30:15.123Z"), type.dataschema(), "VN", 7,
                    records.writeValueAsBytes(data));
            ProducerRecord<String, byte[]> record = envelope.toProducerRecord(type.topic());

            ObjectNode headers = SchemaCatalog.JSON.createObjectNode();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            JsonNode headerSchema = inline(messageOf(channelOf(type.topic()), type).path("headers"));

            assertThat(factory.getSchema(headerSchema).validate(headers)).as("headers %s", headers).isEmpty();
            assertThat(record.key()).isEqualTo(headers.path("ce_subject").asText());
            assertThat(record.topic()).isEqualTo(channelOf(type.topic()).path("address").asText());

            headers.put("ce_type", "org.smenet." + service() + ".other.other.v1");
            assertThat(factory.getSchema(headerSchema).validate(headers)).as("wrong ce_type is rejected").isNotEmpty();
        }));
    }

    private JsonNode channelOf(String address) {
        for (JsonNode channel : DOC.path("channels")) {
            if (channel.path("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("no channel with address " + address);
    }

    private JsonNode messageOf(JsonNode channel, EventType<?> type) {
        for (JsonNode ref : channel.path("messages")) {
            JsonNode message = resolve(ref.get("$ref").asText());
            if (message.path("name").asText().equals(type.type())) {
                return message;
            }
        }
        throw new AssertionError("channel " + channel.path("address").asText() + " has no message " + type.type());
    }

    private List<String> messageNames(JsonNode channel) {
        List<String> names = new ArrayList<>();
        channel.path("messages").forEach(ref -> names.add(resolve(ref.path("$ref").asText()).path("name").asText()));
        return names;
    }

    private static String payloadRef(JsonNode message) {
        JsonNode payload = message.path("payload");
        return (payload.has("schema") ? payload.path("schema") : payload).path("$ref").asText();
    }

    /** A file reference relative to the AsyncAPI document, which sits at the root of the contracts jar. */
    private static URL resource(String ref) {
        return AsyncApiDocumentTest.class.getResource("/" + Path.of(ref).normalize().toString().replace('\\', '/'));
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new AssertionError("not a local reference: " + ref);
        }
        JsonNode target = DOC.at(ref.substring(1));
        return target.has("$ref") ? resolve(target.get("$ref").asText()) : target;
    }

    /** Replaces local {@code $ref}s so the validator sees one self-contained schema. */
    private JsonNode inline(JsonNode node) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
            return inline(resolve(node.get("$ref").asText()));
        }
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                fields.forEachRemaining(e -> ((ObjectNode) copy).set(e.getKey(), inline(e.getValue())));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    ((ArrayNode) copy).set(i, inline(node.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static JsonNode load(String service) {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi-" + service + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("no asyncapi-" + service + ".yaml in the contracts jar");
            }
            Object yaml = new Yaml().load(in);
            return SchemaCatalog.JSON.valueToTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.smenet.kit.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.smenet.kit.node.EventOrigins;
import org.smenet.testsupport.NodeInfrastructure;
import org.smenet.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's parked records on a real broker and store: a listener of the kit's error handler parks what it
 * refuses in {@code <topic>.DLT}; the operator lists it (no payload), retries it (the same event on the original
 * topic; failing again, it is parked again under a new offset and the partition moves on) or discards it (no longer
 * waiting, in the list or the status); an economy admin sees only its economy's records; bad input is a problem.
 */
@SpringBootTest(classes = ParkedRecordsTest.App.class, properties = {
        "spring.application.name=kit",
        "smenet.node.economies=CL,PE",
        "smenet.outbox.enabled=false",
        "smenet.authority.listen=false",
        "smenet.enterprises.listen=false",
        "smenet.kafka.initial-back-off=50ms",
        "smenet.kafka.retries=1"})
@NodeInfrastructure
class ParkedRecordsTest {

    static final String TOPIC = "smenet.kit.parked-test.v1";
    static final String DLT = TOPIC + ".DLT";
    static final String BASE = "/api/kit/operator/parked";

    /** A listener as a service writes one; it refuses the subjects the test poisons. */
    static class Consumer {

        final Set<String> poisoned = ConcurrentHashMap.newKeySet();
        final List<String> applied = new CopyOnWriteArrayList<>();
        final EventOrigins origins;

        Consumer(EventOrigins origins) {
            this.origins = origins;
        }

        @KafkaListener(id = "kit-parked-test", groupId = "kit-parked-test", topics = TOPIC)
        void on(ConsumerRecord<String, CloudEvent> record) {
            EventEnvelope event = EventEnvelope.from(record.value());
            origins.check(record.topic(), event);
            if (poisoned.contains(event.subject())) {
                throw new IllegalArgumentException("cannot apply " + event.subject());
            }
            applied.add(event.id());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Consumer consumer(EventOrigins origins) {
            return new Consumer(origins);
        }

        @Bean
        OutboxCollections outboxCollections() {
            return OutboxCollections.of();
        }

        @Bean
        KafkaAdmin.NewTopics parkedTestTopics() {
            return new KafkaAdmin.NewTopics(Topics.events(TOPIC, 1), Topics.deadLetters(TOPIC));
        }
    }

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Consumer consumer;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private EventEnvelope send(String subject, String economy) throws Exception {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "kit"),
                "org.smenet.kit.thing.changed.v1", subject, Instant.now(), null, economy, 1,
                ("{\"secret\":\"payload of " + subject + "\"}").getBytes(StandardCharsets.UTF_8));
        kafka.send(event.toProducerRecord(TOPIC)).get();
        return event;
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder call, String economy, String role) {
        return call.with(TestTokens.token(economy, "org-" + economy.toLowerCase() + "-" + role.toLowerCase(), role));
    }

    private JsonNode list(String economy, String role) throws Exception {
        String body = mvc.perform(as(get(BASE).param("size", "100"), economy, role)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** The waiting records of one event, as the operator lists them. */
    private List<JsonNode> parked(String eventId) throws Exception {
        List<JsonNode> found = new java.util.ArrayList<>();
        list("CL", "NETWORK_OPERATOR").get("items").forEach(item -> {
            if (eventId.equals(item.get("eventId").asString())) {
                found.add(item);
            }
        });
        return found;
    }

    private JsonNode awaitParked(String eventId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> parked(eventId), found -> found.size() == 1).get(0);
    }

    private String path(JsonNode item, String action) {
        return BASE + "/" + item.get("topic").asString() + "/" + item.get("partition").asInt() + "/"
                + item.get("offset").asLong() + "/" + action;
    }

    private long waiting() throws Exception {
        String body = mvc.perform(as(get("/api/kit/operator/status"), "CL", "NETWORK_OPERATOR"))
                .andReturn().getResponse().getContentAsString();
        for (JsonNode dead : json.readTree(body).get("kafka").get("deadLetters")) {
            if (DLT.equals(dead.get("topic").asString())) {
                return dead.get("waiting").asLong();
            }
        }
        return 0;
    }

    @Test
    void aRetriedRecordThatFailsAgainIsParkedAgainAndThePartitionMovesOnWithNothingLost() throws Exception {
        String poison = unique("thing-poison");
        consumer.poisoned.add(poison);
        EventEnvelope before = send(unique("thing-a"), "CL");
        EventEnvelope refused = send(poison, "CL");
        EventEnvelope after = send(unique("thing-b"), "CL");

        JsonNode first = awaitParked(refused.id());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.applied.contains(after.id()));
        assertThat(first.get("originalTopic").asString()).isEqualTo(TOPIC);
        assertThat(first.get("subject").asString()).isEqualTo(poison);
        assertThat(first.get("economy").asString()).isEqualTo("CL");
        assertThat(first.get("type").asString()).isEqualTo("org.smenet.kit.thing.changed.v1");
        assertThat(first.get("reason").asString()).isEqualTo("IllegalArgumentException");
        assertThat(first.get("exceptionMessage").asString()).contains("cannot apply " + poison);
        assertThat(first.get("payloadBytes").asInt()).isPositive();
        assertThat(first.toString()).doesNotContain("payload of");

        // retried while the consumer still refuses it: parked again under a new offset, the old one handled
        mvc.perform(as(post(path(first, "retry")), "CL", "NETWORK_OPERATOR")).andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("RETRIED"))
                .andExpect(jsonPath("$.republishedTopic").value(TOPIC));
        JsonNode second = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> parked(refused.id()),
                        found -> found.size() == 1 && found.get(0).get("offset").asLong() != first.get("offset").asLong())
                .get(0);
        assertThat(second.get("retryOf").asString())
                .isEqualTo(DLT + "/" + first.get("partition").asInt() + "/" + first.get("offset").asLong());
        mvc.perform(as(post(path(first, "retry")), "CL", "NETWORK_OPERATOR")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/already-handled"));
        Document audit = mongo.findById(DLT + "/" + first.get("partition").asInt() + "/" + first.get("offset").asLong(),
                Document.class, HandledRecords.COLLECTION);
        assertThat(audit.getString("action")).isEqualTo("RETRIED");
        assertThat(audit.get("by", Document.class).getString("org")).isEqualTo("org-cl-network_operator");

        // the partition moved on: a later record is applied while the refused one waits
        EventEnvelope later = send(unique("thing-c"), "CL");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.applied.contains(later.id()));

        // healed, retried again: applied once, waiting nowhere
        consumer.poisoned.remove(poison);
        mvc.perform(as(post(path(second, "retry")), "CL", "ECONOMY_ADMIN")).andExpect(status().isOk());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.applied.contains(refused.id()));
        assertThat(parked(refused.id())).isEmpty();
        assertThat(consumer.applied).containsOnlyOnce(before.id(), refused.id(), after.id(), later.id());
    }

    @Test
    void aDiscardedRecordNoLongerWaitsInTheListOrTheStatus() throws Exception {
        String poison = unique("thing-discard");
        consumer.poisoned.add(poison);
        EventEnvelope refused = send(poison, "PE");
        JsonNode item = awaitParked(refused.id());
        long waitingBefore = Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(this::waiting, n -> n >= 1);

        mvc.perform(as(post(path(item, "discard")), "PE", "ECONOMY_ADMIN")).andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("DISCARDED"))
                .andExpect(jsonPath("$.record.eventId").value(refused.id()));

        assertThat(parked(refused.id())).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(this::waiting, n -> n < waitingBefore);
        mvc.perform(as(post(path(item, "discard")), "PE", "ECONOMY_ADMIN")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/already-handled"));
        mvc.perform(as(post(path(item, "retry")), "CL", "NETWORK_OPERATOR")).andExpect(status().isConflict());
        assertThat(consumer.applied).doesNotContain(refused.id());
    }

    @Test
    void anEconomyAdminSeesAndHandlesOnlyItsEconomysRecords() throws Exception {
        // VN is not hosted here: the origin rule refuses it, and only the node's operator sees it
        EventEnvelope foreign = send(unique("thing-vn"), "VN");
        JsonNode item = awaitParked(foreign.id());
        assertThat(item.get("reason").asString()).isEqualTo("foreign-economy-on-local-topic");
        assertThat(item.get("exception").asString()).isEqualTo("RejectedRecord");

        list("CL", "ECONOMY_ADMIN").get("items")
                .forEach(i -> assertThat(i.get("economy").asString()).isEqualTo("CL"));
        mvc.perform(as(post(path(item, "retry")), "CL", "ECONOMY_ADMIN")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/not-found"));
        mvc.perform(as(post(path(item, "discard")), "PE", "ECONOMY_ADMIN")).andExpect(status().isNotFound());
        for (String role : List.of("SME", "FOCAL_POINT", "EXPERT")) {
            mvc.perform(as(get(BASE), "CL", role)).andExpect(status().isForbidden());
            mvc.perform(as(post(path(item, "discard")), "CL", role)).andExpect(status().isForbidden());
        }
        mvc.perform(as(get(BASE), "VN", "NETWORK_OPERATOR")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/economy-not-hosted"));
        mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
        mvc.perform(as(post(path(item, "discard")), "CL", "NETWORK_OPERATOR")).andExpect(status().isOk());
    }

    @Test
    void badAddressesAndPagingAreProblemsNeverA500() throws Exception {
        mvc.perform(as(post(BASE + "/" + DLT + "/0/999999/retry"), "CL", "NETWORK_OPERATOR"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("https://smenet.org/problems/not-found"));
        mvc.perform(as(post(BASE + "/" + DLT + "/7/0/discard"), "CL", "NETWORK_OPERATOR")).andExpect(status().isNotFound());
        mvc.perform(as(post(BASE + "/smenet.unknown.v1.DLT/0/0/retry"), "CL", "NETWORK_OPERATOR"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post(BASE + "/" + TOPIC + "/0/0/retry"), "CL", "NETWORK_OPERATOR"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post(BASE + "/" + DLT + "/x/0/retry"), "CL", "NETWORK_OPERATOR"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post(BASE + "/" + DLT + "/0/-1/retry"), "CL", "NETWORK_OPERATOR"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post(BASE + "/a$b/0/0/retry"), "CL", "NETWORK_OPERATOR")).andExpect(status().isBadRequest());
        for (Map.Entry<String, String> bad : Map.of("page", "-1", "size", "0").entrySet()) {
            mvc.perform(as(get(BASE).param(bad.getKey(), bad.getValue()), "CL", "NETWORK_OPERATOR"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(bad.getKey()));
        }
        mvc.perform(as(get(BASE).param("size", "101"), "CL", "NETWORK_OPERATOR")).andExpect(status().isBadRequest());
        mvc.perform(as(get(BASE).param("page", "100").param("size", "100"), "CL", "NETWORK_OPERATOR"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get(BASE).param("page", "x"), "CL", "NETWORK_OPERATOR")).andExpect(status().isBadRequest());
    }
}

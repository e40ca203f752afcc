package org.smenet.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Partial failures, parking, oldest-first order and the backlog gauge, against a real broker and the dev store. */
class OutboxRelayFailuresTest {

    static final String COLLECTION = "aggregates";

    final MongoTemplate mongo = RelayFixture.store("failures");
    final String topic = "failures-" + RelayFixture.suffix();
    final RecordingKafkaTemplate.Ledger ledger = new RecordingKafkaTemplate.Ledger();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aFailedEventHoldsBackTheNewerEventsOfItsAggregate() {
        List<PendingEvent> events = List.of(RelayFixture.event(topic, "x", 1), RelayFixture.event(topic, "x", 2),
                RelayFixture.event(topic, "x", 3));
        RelayFixture.insert(mongo, COLLECTION, "x", events);
        var kafka = template(Map.of());
        Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        kafka.failures = id -> id.equals(events.get(1).eventId()) && failedOnce.add(id)
                ? new NotEnoughReplicasException("simulated") : null;
        OutboxRelay relay = relay(kafka, OutboxProperties.defaults().withRetries(10, Duration.ofMillis(1)));

        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(ledger.sends).as("the third event waits while the second is not acknowledged")
                .doesNotContainKey(events.get(2).eventId());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            relay.publishPending();
            return pending("x").isEmpty();
        });

        List<ConsumerRecord<String, byte[]>> records = RelayFixture.awaitRecords(topic, 3, Duration.ofSeconds(20));
        assertThat(records).extracting(RelayFixture::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anEventKafkaCanNeverTakeIsParkedAndItsAggregateMovesOn() {
        String large = "{\"blob\":\"" + "x".repeat(5_000) + "\"}";
        List<PendingEvent> events = List.of(RelayFixture.event(topic, "y", 1),
                RelayFixture.event(topic, "y", 2, Instant.now(), large), RelayFixture.event(topic, "y", 3));
        RelayFixture.insert(mongo, COLLECTION, "y", events);
        // A malformed entry (no data) in another aggregate cannot become a record either.
        mongo.insert(new Document("_id", "z").append("version", 1).append(OutboxCollections.FIELD, List.of(
                new Document("eventId", "broken").append("topic", topic).append("time", new java.util.Date()))),
                COLLECTION);
        OutboxRelay relay = relay(template(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000)),
                OutboxProperties.defaults());

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            relay.publishPending();
            return pending("y").isEmpty() && pending("z").isEmpty();
        });

        assertThat(RelayFixture.awaitRecords(topic, 2, Duration.ofSeconds(20))).extracting(RelayFixture::sequence)
                .containsExactly(1L, 3L);
        Document tooLarge = parked("y").get(0);
        assertThat(tooLarge.getString("eventId")).isEqualTo(events.get(1).eventId());
        assertThat(tooLarge.getString("reason")).contains("RecordTooLargeException");
        assertThat(tooLarge.getInteger("attempts")).isEqualTo(1);
        assertThat(tooLarge.getDate("parkedAt")).isNotNull();
        assertThat(tooLarge.getString("data")).as("kept whole for a retry").isEqualTo(large);
        assertThat(parked("z").get(0).getString("reason")).startsWith("malformed outbox entry");
        relay.refreshGauges();
        assertThat(meters.get("smenet.outbox.parked").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("smenet.outbox.parkings").counter().count()).isEqualTo(2.0);
    }

    @Test
    void anEventThatKeepsFailingIsParkedAfterTheConfiguredAttempts() {
        PendingEvent failing = RelayFixture.event(topic, "f", 1);
        PendingEvent after = RelayFixture.event(topic, "f", 2);
        RelayFixture.insert(mongo, COLLECTION, "f", List.of(failing, after));
        RelayFixture.insert(mongo, COLLECTION, "healthy", List.of(RelayFixture.event(topic, "healthy", 1)));
        var kafka = template(Map.of());
        kafka.failures = id -> id.equals(failing.eventId()) ? new NotEnoughReplicasException("simulated") : null;
        OutboxRelay relay = relay(kafka, OutboxProperties.defaults().withRetries(3, Duration.ofMillis(1)));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            relay.publishPending();
            return pending("f").isEmpty();
        });

        assertThat(ledger.sends.get(failing.eventId())).hasValue(3);
        Document parked = parked("f").get(0);
        assertThat(parked.getInteger("attempts")).isEqualTo(3);
        assertThat(parked.getString("reason")).contains("3 attempts").contains("NotEnoughReplicasException");
        assertThat(RelayFixture.awaitRecords(topic, 2, Duration.ofSeconds(20))).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("healthy", "f");
    }

    @Test
    void failingAggregatesDoNotStarveTheOthers() {
        Instant now = Instant.now();
        PendingEvent first = RelayFixture.event(topic, "old-1", 1, now.minusSeconds(30), "{}");
        PendingEvent second = RelayFixture.event(topic, "old-2", 1, now.minusSeconds(20), "{}");
        RelayFixture.insert(mongo, COLLECTION, "old-1", List.of(first));
        RelayFixture.insert(mongo, COLLECTION, "old-2", List.of(second));
        RelayFixture.insert(mongo, COLLECTION, "new", List.of(RelayFixture.event(topic, "new", 1, now, "{}")));
        var kafka = template(Map.of());
        kafka.failures = id -> id.equals(first.eventId()) || id.equals(second.eventId())
                ? new NotEnoughReplicasException("simulated") : null;
        OutboxRelay relay = relay(kafka, OutboxProperties.defaults().withBatchSize(2)
                .withRetries(100, Duration.ofSeconds(30)));

        // The two oldest fill a batch and fail; they back off, and the newer one goes out regardless.
        assertThat(relay.publishPending() + relay.publishPending()).isEqualTo(1);
        assertThat(pending("new")).isEmpty();
        assertThat(pending("old-1")).hasSize(1);
    }

    @Test
    void theOldestPendingEventGoesFirst() {
        Instant now = Instant.now();
        // Written newest first, so the store's natural order is the reverse of the events' age.
        for (int n = 3; n >= 1; n--) {
            RelayFixture.insert(mongo, COLLECTION, "aged-" + n,
                    List.of(RelayFixture.event(topic, "aged-" + n, 1, now.minusSeconds(100 - n), "{}")));
        }
        OutboxRelay relay = relay(template(Map.of()), OutboxProperties.defaults().withBatchSize(1));
        assertThat(relay.publishPending()).as("one batch of one document after the other").isEqualTo(3);
        assertThat(RelayFixture.awaitRecords(topic, 3, Duration.ofSeconds(20))).extracting(ConsumerRecord::key)
                .containsExactly("aged-1", "aged-2", "aged-3");
    }

    @Test
    void theBacklogGaugeCountsEveryPendingEventNotOneBatch() {
        for (int n = 0; n < 30; n++) {
            List<PendingEvent> events = new java.util.ArrayList<>();
            for (int sequence = 1; sequence <= 5; sequence++) {
                events.add(RelayFixture.event(topic, "b-" + n, sequence));
            }
            RelayFixture.insert(mongo, COLLECTION, "b-" + n, events);
        }
        OutboxRelay relay = relay(template(Map.of()), OutboxProperties.defaults().withBatchSize(2));
        relay.refreshGauges();
        assertThat(meters.get("smenet.outbox.backlog").gauge().value()).isEqualTo(150.0);

        // A pass reads ten batches of two documents: 20 of the 30 aggregates.
        assertThat(relay.publishPending()).isEqualTo(100);
        relay.refreshGauges();
        assertThat(meters.get("smenet.outbox.backlog").gauge().value()).isEqualTo(50.0);
    }

    @Test
    void aWriteWakesTheRelayWithoutWaitingForItsPoll() {
        OutboxRelay relay = relay(template(Map.of()), OutboxProperties.defaults().withPollInterval(Duration.ofHours(1)));
        relay.start();
        try {
            // Let the first pass (at start) pass, so only a wake-up can publish the write below.
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("owner").is(relay.owner())),
                            OutboxLease.COLLECTION));
            RelayFixture.insert(mongo, COLLECTION, "woken", List.of(RelayFixture.event(topic, "woken", 1)));
            assertThat(RelayFixture.awaitRecords(topic, 1, Duration.ofSeconds(10))).extracting(ConsumerRecord::key)
                    .containsExactly("woken");
        } finally {
            relay.stop();
        }
    }

    private RecordingKafkaTemplate template(Map<String, Object> overrides) {
        return new RecordingKafkaTemplate(RelayFixture.producers(overrides), "relay", ledger);
    }

    private OutboxRelay relay(RecordingKafkaTemplate kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, kafka, OutboxCollections.of(COLLECTION), properties, meters);
    }

    private List<Document> pending(String id) {
        return mongo.findById(id, Document.class, COLLECTION).getList(OutboxCollections.FIELD, Document.class);
    }

    private List<Document> parked(String id) {
        return mongo.findById(id, Document.class, COLLECTION).getList(OutboxDocuments.PARKED, Document.class);
    }
}

package org.smenet.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two relays (separate instances, owners and producers, as two replicas) on ONE store and broker while
 * aggregates are written: only the lease holder sends, so no event goes out twice and each aggregate's
 * events reach the topic in sequence order, across hand-overs of the lease.
 */
class OutboxRelayReplicasTest {

    static final int AGGREGATES = 120;
    static final int EVENTS_EACH = 4;

    @Test
    void onlyTheLeaseHolderRelaysAndEachAggregateStaysInOrder() {
        MongoTemplate mongo = RelayFixture.store("replicas");
        String topic = "replicas-" + RelayFixture.suffix();
        String collection = "aggregates";
        var ledger = new RecordingKafkaTemplate.Ledger();
        OutboxProperties properties = OutboxProperties.defaults().withPollInterval(Duration.ofMillis(50))
                .withBatchSize(50);
        OutboxRelay a = relay(mongo, collection, properties, "a", ledger);
        OutboxRelay b = relay(mongo, collection, properties, "b", ledger);
        OutboxRelay a2 = relay(mongo, collection, properties, "a2", ledger);
        assertThat(a.owner()).isNotEqualTo(b.owner());
        a.start();
        b.start();
        AggregateWriter writer = new AggregateWriter(mongo);
        try {
            for (int sequence = 1; sequence <= EVENTS_EACH; sequence++) {
                for (int n = 0; n < AGGREGATES; n++) {
                    String id = "agg-" + n;
                    PendingEvent event = RelayFixture.event(topic, id, sequence);
                    if (sequence == 1) {
                        writer.insert(new Document("_id", id).append("version", 1), List.of(event), collection);
                    } else {
                        writer.update(id, sequence - 1, new Document("name", "v" + sequence), List.of(event),
                                collection);
                    }
                }
                // Hand the lease over while writes go on: a graceful stop, a new replica, another stop.
                if (sequence == 2) {
                    a.stop();
                    a2.start();
                }
                if (sequence == 3) {
                    b.stop();
                }
            }
            int total = AGGREGATES * EVENTS_EACH;
            List<ConsumerRecord<String, byte[]>> records = RelayFixture.awaitRecords(topic, total, Duration.ofSeconds(60));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(
                    Query.query(Criteria.where("outbox.0").exists(true)), collection) == 0);

            assertThat(records).as("every event exactly once on the topic").hasSize(total);
            assertThat(ledger.acknowledged).hasSize(total);
            assertThat(ledger.acknowledged.values()).as("acknowledged sends per event id, over all relays")
                    .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(ledger.overlaps).as("a send while another relay had unacknowledged sends").hasValue(0);
            assertThat(ledger.sendingRelays).as("the lease changed hands during the run").hasSizeGreaterThan(1);
            Map<String, Long> last = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                long sequence = RelayFixture.sequence(record);
                assertThat(sequence).as("sequence of %s after %s", record.key(), last.get(record.key()))
                        .isGreaterThan(last.getOrDefault(record.key(), 0L));
                last.put(record.key(), sequence);
            }
            assertThat(last).hasSize(AGGREGATES).allSatisfy((key, sequence) -> assertThat(sequence).isEqualTo(4L));
        } finally {
            a.stop();
            b.stop();
            a2.stop();
        }
    }

    @Test
    void aLeaseIsRefusedWhileHeldAndTakenOnceExpiredOrReleased() {
        MongoTemplate mongo = RelayFixture.store("lease");
        OutboxLease first = new OutboxLease(mongo, "relay", Duration.ofSeconds(4));
        OutboxLease second = new OutboxLease(mongo, "relay", Duration.ofSeconds(4));
        assertThat(first.holdFor(Duration.ZERO)).isTrue();
        assertThat(second.holdFor(Duration.ZERO)).isFalse();
        // A holder that stops renewing (crashed) loses the lease once it expired.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> second.holdFor(Duration.ZERO));
        assertThat(first.validFor(Duration.ZERO)).isFalse();
        assertThat(first.holdFor(Duration.ZERO)).as("the old holder cannot renew a lease taken over").isFalse();
        second.release();
        assertThat(first.holdFor(Duration.ZERO)).as("a released lease passes at once").isTrue();
        assertThat(first.holdFor(Duration.ofSeconds(10))).as("never valid beyond its time to live").isFalse();
        Document lease = mongo.findById("relay", Document.class, OutboxLease.COLLECTION);
        assertThat(lease.getString("owner")).isEqualTo(first.owner());
        assertThat(lease.getDate("expiresAt").toInstant()).isAfter(Instant.now());
    }

    private static OutboxRelay relay(MongoTemplate mongo, String collection, OutboxProperties properties, String name,
            RecordingKafkaTemplate.Ledger ledger) {
        var kafka = new RecordingKafkaTemplate(RelayFixture.producers(Map.of()), name, ledger);
        return new OutboxRelay(mongo, kafka, OutboxCollections.of(collection), properties, new SimpleMeterRegistry());
    }

}

package org.smenet.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * With the kit's producer settings, a pass against a broker that cannot be reached returns within
 * seconds (send() waits max.block.ms once, then the pass stops sending) and loses nothing. Kafka's
 * defaults would hold the relay thread a minute per record. The bound below is a hang guard, not a
 * speed check.
 */
class OutboxRelayUnreachableBrokerTest {

    @Test
    void aPassReturnsPromptlyAndKeepsTheEventsWhenTheBrokerIsDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(
                RelayFixture.kitProducerConfig("127.0.0.1:" + closedPort));
        MongoTemplate mongo = RelayFixture.store("unreachable");
        for (String id : List.of("u-1", "u-2")) {
            RelayFixture.insert(mongo, "aggregates", id,
                    List.of(RelayFixture.event("t", id, 1), RelayFixture.event("t", id, 2)));
        }
        var relay = new OutboxRelay(mongo, new KafkaTemplate<>(producers), OutboxCollections.of("aggregates"),
                OutboxProperties.defaults(), new SimpleMeterRegistry());
        try {
            long started = System.nanoTime();
            int published = assertTimeoutPreemptively(Duration.ofSeconds(20), relay::publishPending);
            org.slf4j.LoggerFactory.getLogger(getClass()).info("A pass against an unreachable broker took {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            assertThat(published).isZero();
            for (String id : List.of("u-1", "u-2")) {
                Document document = mongo.findById(id, Document.class, "aggregates");
                assertThat(document.getList(OutboxCollections.FIELD, Document.class)).hasSize(2);
                assertThat(document.get(OutboxDocuments.PARKED)).as("an outage parks nothing").isNull();
            }
        } finally {
            producers.destroy();
        }
    }
}

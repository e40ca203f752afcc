package org.smenet.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.unique;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxProperties;
import org.smenet.kit.events.OutboxRelay;
import org.smenet.kit.events.PendingEvent;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.store.NetworkDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A relay that died after publishing but before removing the event: the restarted relay publishes the
 * pending events again, and the consumer applies each exactly once in effect.
 */
@RegistryIntegration
class OutboxRelayRestartTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EventRecorder recorder;
    @Autowired
    NetworkDirectory directory;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void restartedRelayPublishesPendingEventsAndTheConsumerAppliesEachOnce() throws Exception {
        String id = unique("cl-ent");
        List<PendingEvent> pending = List.of(event(id, 1, "First"), event(id, 2, "Second"), event(id, 3, "Third"));
        // The crashed relay got the first event acknowledged by Kafka but never removed it from the outbox.
        kafka.send(pending.get(0).toEnvelope().toProducerRecord(pending.get(0).topic())).get();
        String collection = "relay_restart_" + id.replace('-', '_');
        mongo.insert(new Document("_id", id).append("version", 3).append(OutboxCollections.FIELD,
                pending.stream().map(this::asDocument).toList()), collection);

        OutboxRelay restarted = new OutboxRelay(mongo, kafka, OutboxCollections.of(collection),
                // its own lease: the context's relay holds the service's one
                OutboxProperties.defaults().withLease("restart-test-" + id, Duration.ofSeconds(30)),
                new SimpleMeterRegistry());
        int published = restarted.publishPending();

        assertThat(published).isEqualTo(3);
        assertThat(mongo.findById(id, Document.class, collection).getList(OutboxCollections.FIELD, Document.class))
                .isEmpty();
        var onTopic = RegistryTestSupport.awaitRecords(bootstrap, RegistryEvents.PUBLIC_ENTERPRISE_TOPIC,
                r -> id.equals(r.key()), 4);
        assertThat(onTopic).extracting(r -> RegistryTestSupport.header(r, "ce_id")).containsExactlyInAnyOrder(
                pending.get(0).eventId(), pending.get(0).eventId(), pending.get(1).eventId(), pending.get(2).eventId());

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                directory.find(id).map(e -> e.sequence() == 3).orElse(false));
        NetworkDirectory.Entry entry = directory.find(id).orElseThrow();
        assertThat(entry.revisions()).as("three events, one of them delivered twice").isEqualTo(3);
        assertThat(entry.profile().legalName()).isEqualTo("Third");
        assertThat(restarted.publishPending()).as("nothing left to publish").isZero();
    }

    private PendingEvent event(String id, long sequence, String name) {
        var profile = new EnterpriseProfile(name, SizeClass.MICRO, 2010, List.of("1030"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, true);
        return recorder.record(RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED, id, "CL", sequence,
                new PublicEnterpriseProfile(id, "CL", profile, List.of(), Instant.now(), Instant.now()));
    }

    private Document asDocument(PendingEvent event) {
        Document document = new Document();
        mongo.getConverter().write(event, document);
        document.remove("_class");
        return document;
    }
}

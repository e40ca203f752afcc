package org.smenet.kit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.ClusterMembershipChanged;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.KafkaWiring;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.smenet.testsupport.NodeInfrastructure;
import org.smenet.testsupport.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kit's enterprise listener on a real broker and store, feeding a projection that counts its effects: a
 * redelivered event has one effect, an older event is ignored, a record whose data names another enterprise and
 * a record of an economy this node does not host go to the dead letters and change nothing.
 */
@SpringBootTest(classes = HostedEnterprisesTest.App.class, properties = {
        "spring.application.name=kit-test",
        "smenet.node.economies=CL,PE",
        "smenet.outbox.enabled=false",
        "smenet.authority.listen=false",
        "smenet.kafka.initial-back-off=50ms",
        "smenet.kafka.retries=2"})
@NodeInfrastructure
class HostedEnterprisesTest {

    static final String COLLECTION = "kit_test_enterprises";

    /** A projection in the style of the services': its own fields, an effect counter, and what was applied. */
    static class CountingProjection implements EnterpriseProjection {

        final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

        @Override
        public String collection() {
            return COLLECTION;
        }

        @Override
        public Update registered(EnterpriseChange.Registered change) {
            return new Update().set("ownerOrg", change.data().ownerOrg()).set("name", change.data().profile().legalName())
                    .set("status", "REGISTERED").inc("effects", 1);
        }

        @Override
        public Update profileUpdated(EnterpriseChange.ProfileUpdated change) {
            return new Update().set("name", change.data().profile().legalName()).inc("effects", 1);
        }

        @Override
        public Update statusChanged(EnterpriseChange.StatusChanged change) {
            return new Update().set("status", change.data().status()).inc("effects", 1);
        }

        @Override
        public void applied(String enterpriseId, Instant time) {
            applied.computeIfAbsent(enterpriseId, id -> new AtomicInteger()).incrementAndGet();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        CountingProjection projection() {
            return new CountingProjection();
        }

        @Bean
        OutboxCollections outboxCollections() {
            return OutboxCollections.of();
        }

        @Bean
        KafkaAdmin.NewTopics enterpriseTopics() {
            return new KafkaAdmin.NewTopics(Topics.events(RegistryEvents.ENTERPRISE_TOPIC, 3),
                    Topics.deadLetters(RegistryEvents.ENTERPRISE_TOPIC));
        }
    }

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CountingProjection projection;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static EnterpriseProfile profile(String name) {
        return new EnterpriseProfile(name, null, null, List.of("0321"), List.of("030617"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, false);
    }

    private <T> EventEnvelope event(EventType<T> type, String subject, String economy, long sequence, T data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "registry"), type.type(),
                subject, Instant.now(), type.dataschema(), economy, sequence, json.writeValueAsBytes(data));
    }

    private void send(EventEnvelope event) throws Exception {
        kafka.send(event.toProducerRecord(RegistryEvents.ENTERPRISE_TOPIC)).get();
    }

    private Document document(String id) {
        return mongo.findById(id, Document.class, COLLECTION);
    }

    private int applied(String id) {
        AtomicInteger count = projection.applied.get(id);
        return count == null ? 0 : count.get();
    }

    private EventEnvelope registered(String id, String economy, long sequence, String name) {
        return event(RegistryEvents.ENTERPRISE_REGISTERED, id, economy, sequence,
                new EnterpriseRegistered(id, economy, null, "org-" + id, profile(name), Instant.now()));
    }

    private EventEnvelope status(EventType<EnterpriseStatusChanged> type, String id, long sequence, String status) {
        return event(type, id, "CL", sequence, new EnterpriseStatusChanged(id, "CL", status, "org-cl-fp", null,
                Instant.now()));
    }

    @Test
    void listensAsTheServicesEnterprisesGroup() {
        var container = listeners.getListenerContainer("kit-test-enterprises");
        assertThat(container).isNotNull();
        assertThat(container.getGroupId()).isEqualTo("kit-test-enterprises");
    }

    @Test
    void aRedeliveredEventHasOneEffect() throws Exception {
        String id = unique("ent-redelivered");
        EventEnvelope registered = registered(id, "CL", 1, "Camarones del Sur");
        send(registered);
        send(registered);
        send(status(RegistryEvents.ENTERPRISE_VERIFIED, id, 2, "VERIFIED"));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> document(id) != null && "VERIFIED".equals(document(id).getString("status")));
        Document doc = document(id);
        assertThat(doc.getInteger("effects")).isEqualTo(2);
        assertThat(doc.get("sequence", Number.class).longValue()).isEqualTo(2L);
        assertThat(doc.getString("economy")).isEqualTo("CL");
        assertThat(doc.getString("ownerOrg")).isEqualTo("org-" + id);
        assertThat(applied(id)).isEqualTo(2);
    }

    @Test
    void anOlderEventArrivingLateIsIgnoredAndOtherTypesOnlyMoveTheSequence() throws Exception {
        String id = unique("ent-late");
        send(registered(id, "CL", 1, "Viña Antigua"));
        send(event(RegistryEvents.ENTERPRISE_PROFILE_UPDATED, id, "CL", 3,
                new EnterpriseProfileUpdated(id, "CL", profile("Viña Nueva"), Instant.now())));
        // version 2 comes after version 3: ignored
        send(event(RegistryEvents.ENTERPRISE_PROFILE_UPDATED, id, "CL", 2,
                new EnterpriseProfileUpdated(id, "CL", profile("Viña Intermedia"), Instant.now())));
        send(status(RegistryEvents.ENTERPRISE_SUSPENDED, id, 2, "SUSPENDED"));
        // a type the projection keeps nothing of: the sequence moves on, its fields stay
        send(event(RegistryEvents.ENTERPRISE_JOINED_CLUSTER, id, "CL", 4,
                new ClusterMembershipChanged("cl-1", "CL", id, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> document(id) != null
                && document(id).get("sequence", Number.class).longValue() == 4L);
        Document doc = document(id);
        assertThat(doc.getString("name")).isEqualTo("Viña Nueva");
        assertThat(doc.getString("status")).isEqualTo("REGISTERED");
        assertThat(doc.getInteger("effects")).isEqualTo(2);
        assertThat(doc.getString("economy")).isEqualTo("CL");
        assertThat(applied(id)).isEqualTo(3);
    }

    @Test
    void anEventWhoseDataNamesAnotherEnterpriseIsADeadLetter() throws Exception {
        String id = unique("ent-subject");
        String other = unique("ent-other");
        send(event(RegistryEvents.ENTERPRISE_REGISTERED, id, "CL", 1,
                new EnterpriseRegistered(other, "CL", null, "org-x", profile("Impostora"), Instant.now())));
        var dead = TopicRecords.awaitRecords(bootstrap, RegistryEvents.ENTERPRISE_TOPIC + KafkaWiring.DLT_SUFFIX,
                r -> id.equals(r.key()), 1);
        assertThat(TopicRecords.header(dead.get(0), "kafka_dlt-exception-message")).contains("subject-mismatch");
        assertThat(document(id)).isNull();
        assertThat(document(other)).isNull();
        assertThat(applied(id) + applied(other)).isZero();
    }

    @Test
    void anEnterpriseOfAnEconomyThisNodeDoesNotHostIsADeadLetter() throws Exception {
        String id = unique("ent-vn");
        send(registered(id, "VN", 1, "Pho Co"));
        var dead = TopicRecords.awaitRecords(bootstrap, RegistryEvents.ENTERPRISE_TOPIC + KafkaWiring.DLT_SUFFIX,
                r -> id.equals(r.key()), 1);
        assertThat(dead).hasSize(1);
        assertThat(document(id)).isNull();
        assertThat(applied(id)).isZero();
    }
}

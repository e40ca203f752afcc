package org.smenet.matchmaking;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.kit.authority.Designations;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** What the integration tests share: MockMvc with security, registry events onto the broker, topics read back. */
public final class MatchmakingTestSupport {

    private MatchmakingTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.smenet.kit.web.CorrelationId.class))
                .apply(springSecurity()).build();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A designated focal point, as the kit's listener would record it from the registry's event. */
    public static void designated(ApplicationContext context, String economy, String org, FocalPointFunction... functions) {
        context.getBean(Designations.class).designated(new FocalPointDesignated("fp-" + org, economy, org + " agency",
                FocalPointKind.SME_CENTRE, List.of(functions), org, null, Instant.now()), 1);
    }

    public static EnterpriseProfile profile(String name, List<String> isic, List<String> offers, List<String> seeks,
            List<CooperationType> offered, List<CooperationType> sought, List<String> targets) {
        return new EnterpriseProfile(name, SizeClass.SMALL, 2010, isic, offers, seeks, offered, sought, targets,
                List.of("HACCP"), List.of("en"), null, true);
    }

    /** Sends registry events the way the registry's relay does. */
    public static final class Registry implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;
        private final JsonMapper json;

        public Registry(String bootstrap, JsonMapper json) {
            this.json = json;
            this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        }

        public <T> ProducerRecord<String, byte[]> event(String topic, EventType<T> type, String subject,
                String economy, long sequence, T data) {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(),
                    EventEnvelope.sourceOf(economy, "registry"), type.type(), subject, Instant.now(), type.dataschema(),
                    economy, sequence, json.writeValueAsBytes(data));
            // a peer's record, mirrored: signed by that peer's node
            return org.smenet.testsupport.PeerRecords.onTopic(envelope, topic);
        }

        public void send(ProducerRecord<String, byte[]> record) {
            try {
                producer.send(record).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A hosted enterprise registered (sequence 1) and verified (sequence 2). */
        public void registeredAndVerified(String id, String economy, String ownerOrg, EnterpriseProfile profile) {
            send(event(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.ENTERPRISE_REGISTERED, id, economy, 1,
                    new EnterpriseRegistered(id, economy, "RN-" + id, ownerOrg, profile, Instant.now())));
            send(event(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.ENTERPRISE_VERIFIED, id, economy, 2,
                    new EnterpriseStatusChanged(id, economy, "VERIFIED", "org-fp", null, Instant.now())));
        }

        /** A peer economy's public profile, mirrored into this node's broker. */
        public ProducerRecord<String, byte[]> peerPublished(String id, String economy, long sequence,
                EnterpriseProfile profile) {
            return event(economy + "." + RegistryEvents.PUBLIC_ENTERPRISE_TOPIC, RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED,
                    id, economy, sequence, new PublicEnterpriseProfile(id, economy, profile, List.of(), Instant.now(),
                            Instant.now()));
        }

        @Override
        public void close() {
            producer.close();
        }
    }

    /** Reads {@code topic} from the beginning until {@code wanted} records match, or fails after 30 s. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int wanted) {
        return org.smenet.testsupport.TopicRecords.awaitRecords(bootstrap, topic, match, wanted);
    }

    public static Set<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new java.util.TreeSet<>();
        records.forEach(r -> ids.add(r.key()));
        return ids;
    }
}

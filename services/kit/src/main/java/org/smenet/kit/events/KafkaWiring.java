package org.smenet.kit.events;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.smenet.kit.node.EventOrigins;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kafka as every service uses it: idempotent {@code acks=all} producer for the outbox relay,
 * {@code ErrorHandlingDeserializer} around the CloudEvents deserializer, blocking retries with
 * exponential back-off and then {@code <topic>.DLT}. Defaults live in {@code smenet-kit.properties}
 * (added by {@code KitDefaults}); imported by the kit's auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({OutboxProperties.class, KafkaWiringProperties.class})
public class KafkaWiring {

    public static final String DLT_SUFFIX = ".DLT";

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka,
            OutboxCollections collections, OutboxProperties properties, MeterRegistry meters,
            org.smenet.kit.federation.NodeKeys keys) {
        return new OutboxRelay(mongo, kafka, collections, properties, meters, RecordSigner.publicTopics(keys));
    }

    /** The registry's focal-point topic, which every service reads for its designations, and its dead letters. */
    @Bean
    org.springframework.kafka.core.KafkaAdmin.NewTopics kitTopicDeclarations(KafkaWiringProperties wiring) {
        return new org.springframework.kafka.core.KafkaAdmin.NewTopics(
                Topics.events(org.smenet.contracts.registry.RegistryEvents.FOCAL_POINT_TOPIC, wiring.partitions()),
                Topics.deadLetters(org.smenet.contracts.registry.RegistryEvents.FOCAL_POINT_TOPIC));
    }

    @Bean
    org.smenet.kit.outbox.ParkedOutbox parkedOutbox(MongoTemplate mongo, OutboxCollections collections) {
        return new org.smenet.kit.outbox.ParkedOutbox(mongo, collections);
    }

    /** The operator's status of this service: outbox backlog, consumer lag, dead letters, peers. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    org.smenet.kit.ops.NodeStatus nodeStatus(@org.springframework.beans.factory.annotation.Value("${spring.application.name}") String service,
            MongoTemplate mongo, OutboxCollections collections, KafkaProperties kafkaProperties,
            org.springframework.beans.factory.ObjectProvider<org.springframework.kafka.config.KafkaListenerEndpointRegistry> listeners,
            org.smenet.kit.federation.PeerTrust trust, EventOrigins origins, org.smenet.kit.node.HostedEconomies hosted,
            java.time.Clock clock, org.smenet.kit.ops.HandledRecords handled) {
        return new org.smenet.kit.ops.NodeStatus(service, mongo, collections,
                () -> org.apache.kafka.clients.admin.Admin.create(kafkaProperties.buildAdminProperties()),
                () -> listenerGroups(listeners), trust, origins, hosted.list(), clock, java.time.Duration.ofSeconds(5),
                handled);
    }

    /** The consumer groups of this service's listener containers. */
    private static java.util.Collection<String> listenerGroups(
            org.springframework.beans.factory.ObjectProvider<org.springframework.kafka.config.KafkaListenerEndpointRegistry> listeners) {
        var registry = listeners.getIfAvailable();
        return registry == null ? java.util.List.of() : registry.getListenerContainers().stream()
                .map(org.springframework.kafka.listener.MessageListenerContainer::getGroupId)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The dead-letter records an operator retried or discarded (the service's own collection). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    org.smenet.kit.ops.HandledRecords handledRecords(MongoTemplate mongo, java.time.Clock clock) {
        return new org.smenet.kit.ops.HandledRecords(mongo, clock);
    }

    /** The records waiting in this service's dead-letter topics; retry and discard. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    org.smenet.kit.ops.ParkedRecords parkedRecords(KafkaProperties kafkaProperties,
            org.springframework.beans.factory.ObjectProvider<org.springframework.kafka.config.KafkaListenerEndpointRegistry> listeners,
            KafkaTemplate<String, byte[]> kafka, org.smenet.kit.ops.HandledRecords handled) {
        return new org.smenet.kit.ops.ParkedRecords(
                () -> org.apache.kafka.clients.admin.Admin.create(kafkaProperties.buildAdminProperties()),
                () -> listenerGroups(listeners), kafkaProperties.buildConsumerProperties(), kafka, handled);
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    org.smenet.kit.ops.ParkedRecordsController parkedRecordsController(org.smenet.kit.ops.ParkedRecords parked,
            org.smenet.kit.node.HostedEconomies hosted) {
        return new org.smenet.kit.ops.ParkedRecordsController(parked, hosted);
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    org.smenet.kit.ops.NodeStatusController nodeStatusController(org.smenet.kit.ops.NodeStatus status,
            org.smenet.kit.node.HostedEconomies hosted) {
        return new org.smenet.kit.ops.NodeStatusController(status, hosted);
    }

    @Bean
    CorrelationIdInterceptor correlationIdInterceptor() {
        return new CorrelationIdInterceptor();
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaProperties kafkaProperties, KafkaWiringProperties wiring,
            MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(CloudEvent.class, new CloudEventDataSerializer());
        byType.put(String.class, new StringSerializer());
        var factory = new DefaultKafkaProducerFactory<Object, Object>(config, null,
                new DelegatingByTypeSerializer(byType, true));
        factory.setKeySerializer(new org.springframework.kafka.support.serializer.ToStringSerializer<>());
        var deadLetters = new KafkaTemplate<>(factory);
        var recoverer = new DeadLetterPublishingRecoverer(deadLetters, (record, failure) -> {
            Counter.builder("smenet.kafka.dlt.records")
                    .description("Records sent to a dead-letter topic")
                    .tag("topic", record.topic())
                    .register(meters)
                    .increment();
            return new TopicPartition(record.topic() + DLT_SUFFIX, -1);
        });
        var backOff = new ExponentialBackOffWithMaxRetries(wiring.retries());
        backOff.setInitialInterval(wiring.initialBackOff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(wiring.maxBackOff().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(IllegalArgumentException.class,
                tools.jackson.core.JacksonException.class, EventOrigins.RejectedRecord.class);
        return handler;
    }
}

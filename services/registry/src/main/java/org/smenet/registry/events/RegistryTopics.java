package org.smenet.registry.events;

import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.KafkaWiringProperties;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseDocument;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics the registry writes and reads, and the collections whose documents carry an outbox. */
@Configuration(proxyBeanMethods = false)
public class RegistryTopics {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(EnterpriseDocument.COLLECTION, FocalPointStore.COLLECTION, ClusterStore.COLLECTION);
    }

    @Bean
    KafkaAdmin.NewTopics registryTopicDeclarations(KafkaWiringProperties kafka) {
        int partitions = kafka.partitions();
        return new KafkaAdmin.NewTopics(
                Topics.events(RegistryEvents.ENTERPRISE_TOPIC, partitions),
                Topics.events(RegistryEvents.FOCAL_POINT_TOPIC, partitions),
                Topics.events(RegistryEvents.CLUSTER_TOPIC, partitions),
                Topics.compacted(RegistryEvents.PUBLIC_ENTERPRISE_TOPIC, partitions),
                Topics.deadLetters(RegistryEvents.PUBLIC_ENTERPRISE_TOPIC),
                Topics.deadLetters(org.smenet.contracts.training.TrainingEvents.CERTIFICATE_TOPIC));
    }

}

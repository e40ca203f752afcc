package org.smenet.consultation.events;

import org.smenet.consultation.store.ConsultationStore;
import org.smenet.consultation.store.ExpertGroupStore;
import org.smenet.consultation.store.NetworkSubmissionStore;
import org.smenet.consultation.store.RequestRejections;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.KafkaWiringProperties;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics the consultation service writes and reads, and the collections whose documents carry an outbox. */
@Configuration(proxyBeanMethods = false)
public class ConsultationTopics {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(ConsultationStore.COLLECTION, SubmissionStore.COLLECTION,
                ExpertGroupStore.COLLECTION, NetworkSubmissionStore.COLLECTION, RequestRejections.COLLECTION);
    }

    @Bean
    KafkaAdmin.NewTopics consultationTopicDeclarations(KafkaWiringProperties kafka) {
        int partitions = kafka.partitions();
        return new KafkaAdmin.NewTopics(
                Topics.events(ConsultationEvents.CONSULTATION_TOPIC, partitions),
                Topics.events(ConsultationEvents.SUBMISSION_TOPIC, partitions),
                Topics.events(ConsultationEvents.EXPERT_GROUP_TOPIC, partitions),
                Topics.compacted(ConsultationEvents.PUBLIC_CONSULTATION_TOPIC, partitions),
                Topics.compacted(ConsultationEvents.SUBMISSION_REQUEST_TOPIC, partitions),
                Topics.compacted(ConsultationEvents.SUBMISSION_ANSWER_TOPIC, partitions),
                Topics.deadLetters(ConsultationEvents.PUBLIC_CONSULTATION_TOPIC),
                Topics.deadLetters(ConsultationEvents.SUBMISSION_REQUEST_TOPIC),
                Topics.deadLetters(ConsultationEvents.SUBMISSION_ANSWER_TOPIC),
                Topics.events(RegistryEvents.ENTERPRISE_TOPIC, partitions),
                Topics.deadLetters(RegistryEvents.ENTERPRISE_TOPIC));
    }
}

package org.smenet.training.events;

import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.events.KafkaWiringProperties;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.smenet.training.store.CertificateStore;
import org.smenet.training.store.CourseStore;
import org.smenet.training.store.EnrolmentRejections;
import org.smenet.training.store.NetworkEnrolmentStore;
import org.smenet.training.store.SessionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics the training service writes and reads, and the collections whose documents carry an outbox. */
@Configuration(proxyBeanMethods = false)
public class TrainingTopics {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(CourseStore.COLLECTION, SessionStore.COLLECTION, CertificateStore.COLLECTION,
                NetworkEnrolmentStore.COLLECTION, EnrolmentRejections.COLLECTION);
    }

    @Bean
    KafkaAdmin.NewTopics trainingTopicDeclarations(KafkaWiringProperties kafka) {
        int partitions = kafka.partitions();
        return new KafkaAdmin.NewTopics(
                Topics.events(TrainingEvents.COURSE_TOPIC, partitions),
                Topics.events(TrainingEvents.SESSION_TOPIC, partitions),
                Topics.events(TrainingEvents.CERTIFICATE_TOPIC, partitions),
                Topics.compacted(TrainingEvents.PUBLIC_COURSE_TOPIC, partitions),
                Topics.compacted(TrainingEvents.ENROLMENT_REQUEST_TOPIC, partitions),
                Topics.compacted(TrainingEvents.ENROLMENT_ANSWER_TOPIC, partitions),
                Topics.deadLetters(TrainingEvents.ENROLMENT_REQUEST_TOPIC),
                Topics.deadLetters(TrainingEvents.ENROLMENT_ANSWER_TOPIC),
                // read here, owned by the registry: declared so the listeners start on a fresh broker
                Topics.events(RegistryEvents.ENTERPRISE_TOPIC, partitions),
                Topics.events(RegistryEvents.FOCAL_POINT_TOPIC, partitions),
                Topics.deadLetters(RegistryEvents.ENTERPRISE_TOPIC),
                Topics.deadLetters(TrainingEvents.PUBLIC_COURSE_TOPIC));
    }
}

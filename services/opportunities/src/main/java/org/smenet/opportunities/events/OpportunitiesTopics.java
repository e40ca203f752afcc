package org.smenet.opportunities.events;

import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.kit.events.KafkaWiringProperties;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.smenet.opportunities.store.CrossBorderInterestStore;
import org.smenet.opportunities.store.InterestStore;
import org.smenet.opportunities.store.ReceivedInterestRequests;
import org.smenet.opportunities.store.OpportunityDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics the service writes and reads, and the collections whose documents carry an outbox. */
@Configuration(proxyBeanMethods = false)
public class OpportunitiesTopics {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(OpportunityDocument.COLLECTION, InterestStore.COLLECTION,
                CrossBorderInterestStore.COLLECTION, ReceivedInterestRequests.COLLECTION);
    }

    @Bean
    KafkaAdmin.NewTopics opportunitiesTopicDeclarations(KafkaWiringProperties kafka) {
        int partitions = kafka.partitions();
        return new KafkaAdmin.NewTopics(
                Topics.events(OpportunitiesEvents.OPPORTUNITY_TOPIC, partitions),
                Topics.events(OpportunitiesEvents.INTEREST_TOPIC, partitions),
                Topics.compacted(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC, partitions),
                Topics.compacted(OpportunitiesEvents.INTEREST_REQUEST_TOPIC, partitions),
                Topics.compacted(OpportunitiesEvents.INTEREST_ANSWER_TOPIC, partitions),
                Topics.deadLetters(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC),
                Topics.deadLetters(OpportunitiesEvents.INTEREST_REQUEST_TOPIC),
                Topics.deadLetters(OpportunitiesEvents.INTEREST_ANSWER_TOPIC));
    }
}

package org.smenet.matchmaking.events;

import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.KafkaWiringProperties;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.Topics;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.OpportunityDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics matchmaking writes and reads, and the collections whose documents carry an outbox. */
@Configuration(proxyBeanMethods = false)
public class MatchmakingTopics {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(MatchStore.COLLECTION, OpportunityDocument.COLLECTION);
    }

    @Bean
    KafkaAdmin.NewTopics matchmakingTopicDeclarations(KafkaWiringProperties kafka) {
        int partitions = kafka.partitions();
        return new KafkaAdmin.NewTopics(
                Topics.events(MatchmakingEvents.MATCH_TOPIC, partitions),
                Topics.events(RegistryEvents.ENTERPRISE_TOPIC, partitions),
                Topics.compacted(RegistryEvents.PUBLIC_ENTERPRISE_TOPIC, partitions),
                Topics.deadLetters(RegistryEvents.ENTERPRISE_TOPIC),
                Topics.deadLetters(RegistryEvents.PUBLIC_ENTERPRISE_TOPIC),
                Topics.compacted(MatchmakingEvents.INTRODUCTION_TOPIC, partitions),
                Topics.deadLetters(MatchmakingEvents.INTRODUCTION_TOPIC),
                Topics.compacted(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC, partitions),
                Topics.deadLetters(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC));
    }
}
